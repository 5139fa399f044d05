package cn.jixiao.query.audit;

import cn.jixiao.query.TenantContext;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The audit feature as deploy sees it: built once from configuration, it makes each tenant's projection and
 * signs heads on the timer ({@link #signIfDue}).
 *
 * <p>Deploy hands the bean built by {@link AuditConfiguration} to {@code QuerySideModule.projections}; tests that
 * need no signatures use {@link #withoutSigning()}: leaves are still appended.
 */
public final class AuditModule {

    /** Signatures on demand: an auditor polling a busy log gets a head at most this far behind. */
    static final Duration ON_DEMAND_EVERY = Duration.ofSeconds(5);

    private final Optional<TreeHeads> heads;
    private final EventPositions positions;

    public AuditModule(AuditKeys keys, TreeHeadPolicy policy, Clock clock) {
        this(keys, policy, clock, EventPositions.FROM_TOKENS);
    }

    public AuditModule(AuditKeys keys, TreeHeadPolicy policy, Clock clock, EventPositions positions) {
        this(Optional.of(new TreeHeads(keys, policy, clock)), positions);
    }

    private AuditModule(Optional<TreeHeads> heads, EventPositions positions) {
        this.heads = heads;
        this.positions = positions;
    }

    /** Appends leaves but signs no heads. */
    public static AuditModule withoutSigning() {
        return new AuditModule(Optional.empty(), EventPositions.FROM_TOKENS);
    }

    public Optional<TreeHeads> heads() {
        return heads;
    }

    /** The key whose signatures verification trusts. */
    public AuditKeys keys() {
        return heads.map(TreeHeads::keys).orElseThrow(() -> new IllegalStateException("未配置审计签名密钥"));
    }

    public AuditProjection projection(TenantContext ctx) {
        return new AuditProjection(ctx, heads, positions);
    }

    /**
     * The head for {@code GET /audit/tree-head}: signed on demand when the latest is behind, at most once per
     * {@link #ON_DEMAND_EVERY} per tenant (a head signed by the policy counts too); empty while the log is empty
     * or nothing signs heads.
     */
    public Optional<SignedTreeHead> currentHead(TenantContext ctx) {
        return heads.isEmpty() ? AuditLog.of(ctx).latestHead()
                : heads.get().current(AuditLog.of(ctx), ON_DEMAND_EVERY);
    }

    /** For deploy's timer, per tenant: signs a head when N events or T seconds have passed since the last one. */
    public Optional<SignedTreeHead> signIfDue(TenantContext ctx) {
        return heads.flatMap(h -> h.signIfDue(AuditLog.of(ctx)));
    }
}
