package cn.jixiao.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A tenant admin rebuilds the tenant's read models and follows the progress. */
@RestController
@RequestMapping("/api/v1/admin/projections/rebuild")
@Tag(name = "读模型重建", description = "租户管理员重建本租户的读模型")
public class RebuildController {

    private final TenantContexts contexts;
    private final ProjectionRebuilder rebuilder;

    public RebuildController(TenantContexts contexts, ProjectionRebuilder rebuilder) {
        this.contexts = contexts;
        this.rebuilder = rebuilder;
    }

    /** 202 with the status; 409 while a rebuild of the tenant is running. */
    @Operation(summary = "重建本租户的读模型（重建期间照常查询）：202；已在重建时 409")
    @PostMapping
    public Mono<ResponseEntity<RebuildStatus>> start(Actor actor) {
        TenantContext ctx = contexts.of(adminTenant(actor));
        return Blocking.call(() -> rebuilder.start(ctx).orElseThrow(
                        () -> ApiProblem.conflict("该租户的读模型正在重建，请等待完成")))
                .map(status -> ResponseEntity.status(HttpStatus.ACCEPTED).body(status));
    }

    @Operation(summary = "读模型重建进度：已处理事件数与总数")
    @GetMapping
    public Mono<RebuildStatus> status(Actor actor) {
        TenantContext ctx = contexts.of(adminTenant(actor));
        return Blocking.call(() -> rebuilder.status(ctx));
    }

    private static cn.jixiao.kernel.tenant.TenantId adminTenant(Actor actor) {
        if (actor.tenant() == null || !actor.has(Role.TENANT_ADMIN)) {
            throw ApiProblem.forbidden("只有租户管理员可以重建读模型");
        }
        return actor.tenant();
    }
}
