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
final class FormWriter extends DeclarationWriter<FormWriter.Form> {

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

    /**
     * The fold state and the stored form it was folded from (null for a new one): a save replaces exactly that,
     * goals included.
     */
    record Form(FormState state, FormStore.Stored stored) {
    }

    @Override
    protected Form started(DeclarationCreatedEvent event, DomainEventMessage<?> message) {
        return new Form(FormState.created(event, message.getTimestamp()), null);
    }

    @Override
    protected Form applied(Form form, DeclarationEvent event, DomainEventMessage<?> message) {
        FormState next = form.state().apply(event, message.getSequenceNumber(), message.getTimestamp());
        if (event instanceof DeclarationSubmittedEvent submitted) {
            revisions.save(new RevisionView(submitted.revision(), IsoTimes.format(message.getTimestamp()),
                    submitted.filer(), submitted.warnings(), next.view()));
        }
        return new Form(next, form.stored());
    }

    @Override
    protected void written(List<Written<Form>> declarations) {
        List<String> moved = declarations.stream().filter(Written::changed).map(Written::declarationId).toList();
        for (Written<Form> each : declarations) {
            if (each.changed()) {
                rows.save(each.after().state().view(), each.before() == null ? 0 : each.before().state().version());
            }
        }
        if (!moved.isEmpty()) {
            advanced.accept(moved);
        }
    }

    /** The forms as fold states: the stored view is the state (see {@link FormState#of}). */
    private record States(FormStore forms) implements Store<Form> {

        @Override
        public Map<String, Form> find(Collection<String> declarationIds) {
            Map<String, Form> states = new LinkedHashMap<>();
            forms.findAll(declarationIds).forEach((id, stored) -> states.put(id, new Form(FormState.of(stored.view()), stored)));
            return states;
        }

        @Override
        public long seq(Form form) {
            return form.state().version() - 1;
        }

        @Override
        public boolean save(Form next, Form previous) {
            boolean goalsChanged = previous == null || !previous.state().form().goals().equals(next.state().form().goals());
            return forms.save(next.state().view(), previous == null ? null : previous.stored(), goalsChanged);
        }
    }
}
