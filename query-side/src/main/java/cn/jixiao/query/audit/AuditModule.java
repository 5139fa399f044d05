package cn.jixiao.query.audit;

import cn.jixiao.query.TenantContext;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The audit feature as deploy sees it: built once from configuration, it makes each tenant's projection and
 * signs heads on the timer ({@link #signIfDue}).
 *
 * <p>{@code QuerySideModule.projections(ctx)} is static by contract, so the module built by
 * {@link AuditConfiguration} is {@linkplain #install installed} for it to find; without one, leaves are still
 * appended and only signing waits.
 */
public final class AuditModule {

    private static final AtomicReference<AuditModule> INSTALLED = new AtomicReference<>();

    private final TreeHeads heads;

    public AuditModule(AuditKeys keys, TreeHeadPolicy policy, Clock clock) {
        this.heads = new TreeHeads(keys, policy, clock);
    }

    public static AuditModule install(AuditModule module) {
        INSTALLED.set(module);
        return module;
    }

    public static Optional<AuditModule> installed() {
        return Optional.ofNullable(INSTALLED.get());
    }

    public TreeHeads heads() {
        return heads;
    }

    public AuditProjection projection(TenantContext ctx) {
        return new AuditProjection(ctx, Optional.of(heads));
    }

    /** For deploy's timer, per tenant: signs a head when N events or T seconds have passed since the last one. */
    public Optional<SignedTreeHead> signIfDue(TenantContext ctx) {
        return heads.signIfDue(AuditLog.of(ctx));
    }
}
