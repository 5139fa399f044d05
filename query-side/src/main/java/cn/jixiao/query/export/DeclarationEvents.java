package cn.jixiao.query.export;

import cn.jixiao.kernel.declaration.AdjustmentStartedEvent;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.query.export.ExportedDeclaration.Review;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Folds one declaration's events from the tenant's event store into what the export shows. Reads from sequence
 * 0, never from a snapshot: a snapshot holds the aggregate, not the form. A submission starts a new round of
 * review, so the blocks show the decisions on the form as it now stands.
 */
final class DeclarationEvents {

    private DeclarationEvents() {
    }

    static Optional<ExportedDeclaration> load(EventStore eventStore, DeclarationId id) {
        Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(id.toString(), 0L).asStream().iterator();
        DeclarationForm form = null;
        DeclarationStatus status = DeclarationStatus.DRAFT;
        List<Review> reviews = new ArrayList<>();
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (!(message.getPayload() instanceof DeclarationEvent event)) {
                continue;
            }
            if (form != null) {
                form = form.apply(event);
            } else if (event instanceof DeclarationCreatedEvent created) {
                form = DeclarationForm.created(created);
            }
            status = statusAfter(event, status);
            Review review = review(message, event);
            if (event instanceof DeclarationSubmittedEvent) {
                reviews.clear();
            } else if (review != null) {
                reviews.add(review);
            }
        }
        return form == null ? Optional.empty() : Optional.of(new ExportedDeclaration(form, status, reviews));
    }

    private static DeclarationStatus statusAfter(DeclarationEvent event, DeclarationStatus status) {
        if (event instanceof DeclarationSubmittedEvent) {
            return DeclarationStatus.SUBMITTED;
        } else if (event instanceof BusinessReviewPassedEvent) {
            return DeclarationStatus.BUSINESS_REVIEWED;
        } else if (event instanceof DeclarationReturnedEvent) {
            return DeclarationStatus.RETURNED;
        } else if (event instanceof DeclarationApprovedEvent || event instanceof ApprovedOnPaperRecordedEvent) {
            return DeclarationStatus.APPROVED;
        } else if (event instanceof AdjustmentStartedEvent) {
            return DeclarationStatus.ADJUSTING;
        }
        return status;
    }

    private static Review review(DomainEventMessage<?> message, DeclarationEvent event) {
        if (event instanceof BusinessReviewPassedEvent e) {
            return new Review(ReviewStage.BUSINESS, ReviewDecision.PASS, e.opinion(), e.reviewer(), message.getTimestamp());
        } else if (event instanceof DeclarationReturnedEvent e) {
            return new Review(e.stage(), ReviewDecision.RETURN, e.opinion(), e.reviewer(), message.getTimestamp());
        } else if (event instanceof DeclarationApprovedEvent e) {
            return new Review(ReviewStage.PERFORMANCE, ReviewDecision.APPROVE, e.opinion(), e.reviewer(), message.getTimestamp());
        } else if (event instanceof ApprovedOnPaperRecordedEvent e) {
            return new Review(ReviewStage.PERFORMANCE, ReviewDecision.APPROVE, e.note(), e.recordedBy(),
                    e.recordedAt() != null ? e.recordedAt() : message.getTimestamp());
        }
        return null;
    }
}
