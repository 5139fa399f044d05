package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.query.comparison.ApprovedForms.Tracked;
import cn.jixiao.query.rebuild.SequencedProjector;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Folds every declaration's events with {@link DeclarationForm#apply} and, on approval (in review or recorded as
 * approved on paper), keeps the form as it stands then.
 */
public class ComparisonProjection extends SequencedProjector<Tracked> {

    public ComparisonProjection(EventStore eventStore, ApprovedForms forms) {
        super(eventStore, forms);
        forms.ensureIndexes();
    }

    @Override
    protected Tracked started(DeclarationCreatedEvent event, DomainEventMessage<?> message) {
        return new Tracked(DeclarationForm.created(event), message.getSequenceNumber(), null);
    }

    @Override
    protected Tracked applied(Tracked state, DeclarationEvent event, DomainEventMessage<?> message) {
        DeclarationForm form = state.form().apply(event);
        boolean approval = event instanceof DeclarationApprovedEvent || event instanceof ApprovedOnPaperRecordedEvent;
        return new Tracked(form, message.getSequenceNumber(), approval ? form : state.approved());
    }
}
