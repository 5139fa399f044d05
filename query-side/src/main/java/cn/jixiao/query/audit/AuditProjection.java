package cn.jixiao.query.audit;

import cn.jixiao.query.TenantContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.util.Optional;

/**
 * Makes every event of the tenant a leaf of its audit tree, in the order the processor delivers them (the
 * tenant's global order), and signs a tree head every {@link TreeHeadPolicy#everyEvents()} leaves.
 * Idempotent: an event that already has a leaf is skipped, so redelivery and replays change nothing.
 *
 * <p>Deploy must run the {@value #PROCESSING_GROUP} group in ONE segment (or with a sequential policy): leaves
 * are appended in delivery order, and parallel segments would interleave them arbitrarily.
 */
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
public final class AuditProjection {

    public static final String PROCESSING_GROUP = "audit";

    private final AuditLog log;
    private final Optional<TreeHeads> heads;

    public AuditProjection(TenantContext ctx, Optional<TreeHeads> heads) {
        this.log = AuditLog.of(ctx);
        this.heads = heads;
        log.store().ensureIndexes();
    }

    /** Synchronized: should deploy ever run more than one segment, appends must still take indexes one at a time. */
    @EventHandler
    public synchronized void on(EventMessage<?> event) {
        if (log.append(AuditEntry.of(event))) {
            heads.ifPresent(h -> h.signIfCountReached(log, log.size()));
        }
    }
}
