package cn.jixiao.query.export;

import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Review;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.query.form.FormState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one declaration from the tenant's event store for the export: the form and status by the query side's
 * one fold ({@link FormState}), read from sequence 0 (a snapshot holds the aggregate, not the form). The review
 * blocks show the current round only: a submission starts a new one, so a resubmitted form does not carry the
 * opinions on its previous version. A form approved on paper shows the note recorded with that approval.
 */
final class DeclarationEvents {

    private DeclarationEvents() {
    }

    static Optional<ExportedDeclaration> load(EventStore eventStore, DeclarationId id) {
        DomainEventStream events = eventStore.readEvents(id.toString(), 0L);
        FormState state = null;
        List<Review> round = new ArrayList<>();
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (!(message.getPayload() instanceof DeclarationEvent event)) {
                continue;
            }
            state = FormState.fold(state, message);
            if (event instanceof DeclarationSubmittedEvent) {
                round.clear();
            }
            review(message, event).ifPresent(round::add);
        }
        return Optional.ofNullable(state)
                .map(folded -> new ExportedDeclaration(folded.form(), folded.lifecycle().status(), round));
    }

    /** The kernel's review, and for a form approved on paper its note in the performance section's box. */
    private static Optional<Review> review(DomainEventMessage<?> message, DeclarationEvent event) {
        if (event instanceof ApprovedOnPaperRecordedEvent e) {
            return Optional.of(new Review(ReviewStage.PERFORMANCE, ReviewDecision.APPROVE, e.note(), e.recordedBy(),
                    e.recordedAt() != null ? e.recordedAt() : message.getTimestamp()));
        }
        return Review.recordedBy(event, message.getTimestamp());
    }
}
