package cn.jixiao.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * The tenant's tamper-evident log for auditors (审计): the latest signed tree head, RFC 9162 proofs against it,
 * and a full re-verification from the event store. Hashes are lower-case hex, signature and public key base64.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计", description = "Merkle 审计日志：树头、证明与核验")
public class AuditController {

    private final TenantContexts contexts;
    private final AuditModule audit;

    public AuditController(TenantContexts contexts, AuditModule audit) {
        this.contexts = contexts;
        this.audit = audit;
    }

    /**
     * The head of the tree as it stands (signed on demand when the latest is behind, rate-limited); with
     * {@code ?size=N} the head signed at that size (for a consistency check offline).
     */
    @Operation(summary = "最新（或指定大小的）签名树头")
    @GetMapping("/tree-head")
    public Mono<SignedTreeHead> treeHead(Actor actor, @RequestParam(required = false) Long size) {
        return blocking(actor, ctx -> (size == null ? audit.currentHead(ctx) : AuditLog.of(ctx).head(size))
                .orElseThrow(() -> ApiProblem.notFound(
                        size == null ? "尚无签名树头：审计日志还没有事件" : "没有在树大小 " + size + " 时签名的树头")));
    }

    @Operation(summary = "某事件的包含证明")
    @GetMapping("/proofs/inclusion")
    public Mono<InclusionProof> inclusion(Actor actor, @RequestParam(required = false) String eventId,
                                          @RequestParam(required = false) Long treeSize) {
        return blocking(actor, ctx -> AuditLog.of(ctx).inclusion(eventId, treeSize));
    }

    @Operation(summary = "两个树头之间的一致性证明")
    @GetMapping("/proofs/consistency")
    public Mono<ConsistencyProof> consistency(Actor actor, @RequestParam(required = false) Long from,
                                              @RequestParam(required = false) Long to) {
        return blocking(actor, ctx -> {
            if (from == null) {
                throw ApiProblem.invalid("from", "FROM_REQUIRED", "请给出旧树大小 from");
            }
            AuditLog log = AuditLog.of(ctx);
            return log.consistency(from, to != null ? to : log.size());
        });
    }

    @Operation(summary = "从事件存储重算全部叶子并核验，指出第一个不符的事件")
    @PostMapping("/verification")
    public Mono<AuditVerification.Result> verification(Actor actor) {
        return blocking(actor, ctx -> AuditVerification.verify(ctx, audit.keys()));
    }

    private <T> Mono<T> blocking(Actor actor, Function<TenantContext, T> work) {
        if (actor == null || actor.tenant() == null || !actor.has(Role.AUDITOR)) {
            return Mono.error(ApiProblem.forbidden("只有审计人员可以查看审计日志"));
        }
        return Blocking.call(() -> work.apply(contexts.of(actor.tenant())));
    }
}
