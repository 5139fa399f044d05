package cn.jixiao.query.audit;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ProcessorBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes every event of the tenant a leaf of its audit tree, in the order the processor delivers them (the
 * tenant's global order), a batch at a time, and signs a tree head once {@link TreeHeadPolicy#everyEvents()}
 * leaves have been added since the last one. Idempotent: an event that already has a leaf is skipped, so
 * redelivery and replays change nothing.
 *
 * <p>Deploy must run the {@value #PROCESSING_GROUP} group in ONE segment (or with a sequential policy): leaves
 * are appended in delivery order, and parallel segments would interleave them arbitrarily.
 */
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
public final class AuditProjection {

    public static final String PROCESSING_GROUP = "audit";

    private final TenantContext ctx;
    private final AuditLog log;
    private final Optional<TreeHeads> heads;
    private final EventPositions positions;
    private final ProcessorBatch batch = new ProcessorBatch(PROCESSING_GROUP, this::append);

    public AuditProjection(TenantContext ctx, Optional<TreeHeads> heads) {
        this(ctx, heads, EventPositions.FROM_TOKENS);
    }

    public AuditProjection(TenantContext ctx, Optional<TreeHeads> heads, EventPositions positions) {
        this.ctx = ctx;
        this.log = AuditLog.of(ctx);
        this.heads = heads;
        this.positions = positions;
        log.store().ensureIndexes();
    }

    @EventHandler
    public void on(EventMessage<?> event) {
        batch.add(event);
    }

    /** Synchronized: should deploy ever run more than one segment, appends must still take indexes one at a time. */
    private synchronized void append(List<EventMessage<?>> events) {
        Map<String, Long> own = positions.of(ctx, events.stream().map(EventMessage::getIdentifier).toList());
        AuditLog.Appended appended = log.append(events.stream()
                .map(event -> AuditEntry.of(event, own.get(event.getIdentifier()))).toList());
        if (appended.leaves() > 0) {
            heads.ifPresent(h -> h.signIfCountReached(log, appended.size()));
        }
    }
}
