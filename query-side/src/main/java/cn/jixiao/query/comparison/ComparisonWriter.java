package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.query.comparison.ApprovedForms.Approval;
import cn.jixiao.query.projection.DeclarationWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Keeps, for every declaration, the form as it stood at its latest approval (in review or recorded as approved on
 * paper). It follows approvals only: at one, the form is folded with {@link DeclarationForm#apply} from the
 * declaration's events in the event store, up to the approval. Approvals are rare, so this costs far less than
 * keeping a working copy of every form up to date on every edit.
 */
final class ComparisonWriter extends DeclarationWriter<Approval> {

    ComparisonWriter(EventStore eventStore, ApprovedForms forms) {
        super(eventStore, forms);
        forms.ensureIndexes();
    }

    @Override
    protected boolean follows(DeclarationEvent event) {
        return event instanceof DeclarationApprovedEvent || event instanceof ApprovedOnPaperRecordedEvent;
    }

    @Override
    protected boolean followsEveryEvent() {
        return false;
    }

    @Override
    protected Approval step(Approval state, DeclarationEvent event, DomainEventMessage<?> message) {
        return applied(state, event, message);
    }

    @Override
    protected Approval started(DeclarationCreatedEvent event, DomainEventMessage<?> message) {
        throw new IllegalStateException("the comparison follows approvals only");
    }

    @Override
    protected Approval applied(Approval state, DeclarationEvent event, DomainEventMessage<?> message) {
        return new Approval(formAt(message.getAggregateIdentifier(), message.getSequenceNumber()), message.getSequenceNumber());
    }

    private DeclarationForm formAt(String declarationId, long seq) {
        DomainEventStream stream = eventStore().readEvents(declarationId, 0L);
        DeclarationForm form = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> each = stream.next();
            if (each.getSequenceNumber() > seq) {
                break;
            }
            if (each.getPayload() instanceof DeclarationCreatedEvent created) {
                form = DeclarationForm.created(created);
            } else if (form != null && each.getPayload() instanceof DeclarationEvent event) {
                form = form.apply(event);
            }
        }
        if (form == null) {
            throw new IllegalStateException("事件库中没有申报表 " + declarationId + " 的创建事件");
        }
        return form;
    }
}
