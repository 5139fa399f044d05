package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.query.Projector;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * Keeps the current form (and, at each submit, the revision) of every declaration. Per declaration it applies an
 * event only if it is the next one (sequence == stored version): an earlier one was applied already (replays
 * change nothing); a later one means this generation missed events (it was created during a rebuild, or a write
 * was lost), and the form is folded again from the event store up to that event. Writes compare-and-set the
 * version, so the live processor and a rebuild may write the same generation at once.
 */
public final class FormProjector implements Projector {

    private static final int ATTEMPTS = 10;

    private final FormStore forms;
    private final RevisionStore revisions;
    private final FormHistory history;

    public FormProjector(FormStore forms, RevisionStore revisions, FormHistory history) {
        this.forms = forms;
        this.revisions = revisions;
        this.history = history;
    }

    @Override
    public void handle(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> event && event.getPayload() instanceof DeclarationEvent payload) {
            project(payload.declarationId().value(), event);
        }
    }

    private void project(String id, DomainEventMessage<?> event) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            FormView stored = forms.find(id).orElse(null);
            long version = stored == null ? 0 : stored.version();
            long sequence = event.getSequenceNumber();
            if (sequence < version) {
                return;
            }
            FormState next = sequence == version ? applied(stored, event) : refolded(id, sequence);
            if (forms.save(next.view(), version)) {
                return;
            }
        }
        throw new IllegalStateException("申报表 " + id + " 的读模型持续写入冲突，事件 " + event.getSequenceNumber() + " 未能投影");
    }

    private FormState applied(FormView stored, DomainEventMessage<?> event) {
        FormState next = FormState.fold(stored == null ? null : FormState.of(stored), event);
        recordRevision(next, event);
        return next;
    }

    private FormState refolded(String id, long upToSequence) {
        return history.fold(id, e -> e.getSequenceNumber() <= upToSequence, this::recordRevision)
                .filter(state -> state.version() == upToSequence + 1)
                .orElseThrow(() -> new IllegalStateException(
                        "事件库中申报表 " + id + " 的事件不足 " + (upToSequence + 1) + " 个"));
    }

    private void recordRevision(FormState state, DomainEventMessage<?> event) {
        if (event.getPayload() instanceof DeclarationSubmittedEvent submitted) {
            revisions.save(new RevisionView(submitted.revision(), IsoTimes.format(event.getTimestamp()),
                    submitted.filer(), submitted.warnings(), state.view()));
        }
    }
}
