package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.query.Projector;
import cn.jixiao.query.comparison.ApprovedForms.Tracked;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.util.Optional;

/**
 * Folds every declaration's events with {@link DeclarationForm#apply} and, on approval (in review or recorded as
 * approved on paper), keeps the form as it stands then. Events at or below the last applied sequence number are
 * skipped, so a replay changes nothing.
 */
public class ComparisonProjection implements Projector {

    private final ApprovedForms forms;

    public ComparisonProjection(ApprovedForms forms) {
        this.forms = forms;
        forms.ensureIndexes();
    }

    @Override
    public void handle(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain && domain.getPayload() instanceof DeclarationEvent event) {
            on(event, domain.getSequenceNumber());
        }
    }

    public void on(DeclarationEvent event, long seq) {
        Optional<Tracked> current = forms.find(event.declarationId().value());
        if (current.isPresent() && current.get().seq() >= seq) {
            return;
        }
        if (event instanceof DeclarationCreatedEvent created) {
            forms.save(new Tracked(DeclarationForm.created(created), seq, null));
            return;
        }
        // a stream whose created event was never seen has no unit or year to file it under
        current.ifPresent(tracked -> forms.save(next(tracked, event, seq)));
    }

    private static Tracked next(Tracked tracked, DeclarationEvent event, long seq) {
        DeclarationForm form = tracked.form().apply(event);
        boolean approval = event instanceof DeclarationApprovedEvent || event instanceof ApprovedOnPaperRecordedEvent;
        return new Tracked(form, seq, approval ? form : tracked.approved());
    }
}
