package cn.jixiao.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * {@code GET /api/v1/declarations/{id}/history}: every event of a declaration, oldest first, with who, when and a
 * one-line summary; for auditors, reviewers and the tenant's administrator. ETag is the current version.
 */
@RestController
@Tag(name = "历史", description = "申报表的事件历史")
public class HistoryController {

    private static final Role[] READERS = {Role.AUDITOR, Role.BUSINESS_REVIEWER, Role.PERFORMANCE_REVIEWER, Role.TENANT_ADMIN};

    private final TenantContexts contexts;

    public HistoryController(TenantContexts contexts) {
        this.contexts = contexts;
    }

    @Operation(summary = "申报表的全部修改历史：每个事件的时间、操作人、摘要与导入文件")
    @GetMapping("/api/v1/declarations/{id}/history")
    public Mono<ResponseEntity<DeclarationHistory.View>> history(Actor actor, @PathVariable String id) {
        if (actor == null || actor.tenant() == null || !actor.hasAny(READERS)) {
            return Mono.error(ApiProblem.forbidden("只有审计人员、审核人员和租户管理员可以查看编辑历史"));
        }
        return Blocking.call(() -> DeclarationHistory.of(contexts.of(actor.tenant()).eventStore(), id))
                .map(events -> found(id, events));
    }

    private static ResponseEntity<DeclarationHistory.View> found(String id, List<HistoryEntry> events) {
        if (events.isEmpty()) {
            throw ApiProblem.notFound("没有这份申报表: " + id);
        }
        long version = events.get(events.size() - 1).version();
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(new DeclarationHistory.View(id, version, events));
    }
}
