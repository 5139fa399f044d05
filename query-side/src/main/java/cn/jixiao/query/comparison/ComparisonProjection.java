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

/**
 * Folds every declaration's events with {@link DeclarationForm#apply} and, on approval (in review or recorded as
 * approved on paper), keeps the form as it stands then. As for the dashboard, an event is applied only if it is
 * the next one of its stream (replays change nothing; a rebuild's replay fills gaps in order) and writes
 * compare-and-set the sequence number.
 */
public class ComparisonProjection implements Projector {

    private static final int ATTEMPTS = 10;

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

    /** Applies event number {@code seq} (from 0) of its declaration's stream. */
    public void on(DeclarationEvent event, long seq) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Tracked current = forms.find(event.declarationId().value()).orElse(null);
            long last = current == null ? -1 : current.seq();
            if (seq != last + 1) {
                return;
            }
            Tracked next = current == null
                    ? (event instanceof DeclarationCreatedEvent created ? new Tracked(DeclarationForm.created(created), seq, null) : null)
                    : next(current, event, seq);
            if (next == null || forms.save(next, current)) {
                return;
            }
        }
        throw new IllegalStateException("年度对比读模型持续写入冲突：申报表 " + event.declarationId() + " 的事件 " + seq + " 未能投影");
    }

    private static Tracked next(Tracked tracked, DeclarationEvent event, long seq) {
        DeclarationForm form = tracked.form().apply(event);
        boolean approval = event instanceof DeclarationApprovedEvent || event instanceof ApprovedOnPaperRecordedEvent;
        return new Tracked(form, seq, approval ? form : tracked.approved());
    }
}
