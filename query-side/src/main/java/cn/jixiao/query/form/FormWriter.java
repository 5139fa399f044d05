package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.query.projection.DeclarationWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the current form, its list row and, at each submit, the revision of every declaration. The revision is
 * written while folding, before the form (an idempotent upsert by key), so a form never shows a submit whose
 * revision is missing; the row follows the form.
 */
final class FormWriter extends DeclarationWriter<FormState> {

    private final RevisionStore revisions;
    private final FormRows rows;
    private final Consumer<Collection<String>> advanced;

    /** @param advanced told the ids of the declarations whose form moved on, after each batch */
    FormWriter(EventStore eventStore, FormStore forms, RevisionStore revisions, FormRows rows,
               Consumer<Collection<String>> advanced) {
        super(eventStore, new States(forms));
        this.revisions = revisions;
        this.rows = rows;
        this.advanced = advanced;
    }

    @Override
    protected FormState started(DeclarationCreatedEvent event, DomainEventMessage<?> message) {
        return FormState.created(event, message.getTimestamp());
    }

    @Override
    protected FormState applied(FormState state, DeclarationEvent event, DomainEventMessage<?> message) {
        FormState next = state.apply(event, message.getSequenceNumber(), message.getTimestamp());
        if (event instanceof DeclarationSubmittedEvent submitted) {
            revisions.save(new RevisionView(submitted.revision(), IsoTimes.format(message.getTimestamp()),
                    submitted.filer(), submitted.warnings(), next.view()));
        }
        return next;
    }

    @Override
    protected void written(List<Written<FormState>> declarations) {
        List<String> moved = declarations.stream().filter(Written::changed).map(Written::declarationId).toList();
        for (Written<FormState> each : declarations) {
            if (each.changed()) {
                rows.save(each.after().view(), each.before() == null ? 0 : each.before().version());
            }
        }
        if (!moved.isEmpty()) {
            advanced.accept(moved);
        }
    }

    /** The forms as fold states: the stored view is the state (see {@link FormState#of}). */
    private record States(FormStore forms) implements Store<FormState> {

        @Override
        public Map<String, FormState> find(Collection<String> declarationIds) {
            Map<String, FormState> states = new LinkedHashMap<>();
            forms.findAll(declarationIds).forEach((id, view) -> states.put(id, FormState.of(view)));
            return states;
        }

        @Override
        public long seq(FormState state) {
            return state.version() - 1;
        }

        @Override
        public boolean save(FormState next, FormState previous) {
            return forms.save(next.view(), previous == null ? 0 : previous.version());
        }
    }
}
