package cn.jixiao.query.audit;

import cn.jixiao.query.TenantContext;

import java.time.Clock;
import java.util.Optional;

/**
 * The audit feature as deploy sees it: built once from configuration, it makes each tenant's projection and
 * signs heads on the timer ({@link #signIfDue}).
 *
 * <p>Deploy hands the bean built by {@link AuditConfiguration} to {@code QuerySideModule.projections}; tests that
 * need no signatures use {@link #withoutSigning()}: leaves are still appended.
 */
public final class AuditModule {

    private final Optional<TreeHeads> heads;

    public AuditModule(AuditKeys keys, TreeHeadPolicy policy, Clock clock) {
        this(Optional.of(new TreeHeads(keys, policy, clock)));
    }

    private AuditModule(Optional<TreeHeads> heads) {
        this.heads = heads;
    }

    /** Appends leaves but signs no heads. */
    public static AuditModule withoutSigning() {
        return new AuditModule(Optional.empty());
    }

    public Optional<TreeHeads> heads() {
        return heads;
    }

    /** The key whose signatures verification trusts. */
    public AuditKeys keys() {
        return heads.map(TreeHeads::keys).orElseThrow(() -> new IllegalStateException("未配置审计签名密钥"));
    }

    public AuditProjection projection(TenantContext ctx) {
        return new AuditProjection(ctx, heads);
    }

    /** For deploy's timer, per tenant: signs a head when N events or T seconds have passed since the last one. */
    public Optional<SignedTreeHead> signIfDue(TenantContext ctx) {
        return heads.flatMap(h -> h.signIfDue(AuditLog.of(ctx)));
    }
}
