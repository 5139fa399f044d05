package cn.jixiao.query.register;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.history.DeclarationHistory;
import cn.jixiao.query.history.HistoryEntry;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.query.web.Paging;
import cn.jixiao.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The register's read side for the tenant admin (and the auditor): paged lists like {@code GET /declarations}. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "单位名册（读）", description = "单位、业务股室、用户与年度设置")
public class RegisterQueryController {

    private final TenantContexts contexts;

    public RegisterQueryController(TenantContexts contexts) {
        this.contexts = contexts;
    }

    @Operation(summary = "单位列表：按业务股室、主管部门、是否撤销筛选，q 匹配现名与曾用名；按代码排序、分页")
    @GetMapping("/units")
    public Mono<RegisterPage<RegisterViews.UnitView>> units(Actor actor, @RequestParam(required = false) String section,
                                                    @RequestParam(required = false) String department,
                                                    @RequestParam(required = false) Boolean closed,
                                                    @RequestParam(required = false) String q,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "20") int size) {
        return paged(actor, page, size, reads -> reads.units(section, department, closed, q, page, size));
    }

    @Operation(summary = "单位详情（含曾用名）")
    @GetMapping("/units/{code}")
    public Mono<RegisterViews.UnitView> unit(Actor actor, @PathVariable String code) {
        return found(actor, reads -> reads.unit(code), "单位未登记: " + code);
    }

    @Operation(summary = "业务股室列表")
    @GetMapping("/sections")
    public Mono<RegisterPage<RegisterViews.SectionView>> sections(Actor actor, @RequestParam(defaultValue = "0") int page,
                                                          @RequestParam(defaultValue = "20") int size) {
        return paged(actor, page, size, reads -> reads.sections(page, size));
    }

    @Operation(summary = "用户列表：按角色、业务股室、单位筛选")
    @GetMapping("/users")
    public Mono<RegisterPage<RegisterViews.UserView>> users(Actor actor, @RequestParam(required = false) Role role,
                                                    @RequestParam(required = false) String section,
                                                    @RequestParam(required = false) String unit,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "20") int size) {
        return paged(actor, page, size, reads -> reads.users(role, section, unit, page, size));
    }

    @Operation(summary = "用户详情（id 为令牌的 sub）")
    @GetMapping("/users/{id}")
    public Mono<RegisterViews.UserView> user(Actor actor, @PathVariable String id) {
        return found(actor, reads -> reads.user(id), "用户未登记: " + id);
    }

    @Operation(summary = "各年度设置：指标体系版本与审核截止日期")
    @GetMapping("/years")
    public Mono<RegisterPage<RegisterViews.YearView>> years(Actor actor, @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "20") int size) {
        return paged(actor, page, size, reads -> reads.years(page, size));
    }

    @Operation(summary = "名册的修改历史：每条事件的操作人（用户、角色）、时间与内容，最早的在前；分页")
    @GetMapping("/register/history")
    public Mono<RegisterPage<HistoryEntry>> history(Actor actor, @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "20") int size) {
        return paged(actor, page, size, reads -> {
            List<HistoryEntry> all = DeclarationHistory.of(contexts.of(actor.tenant()).eventStore(), RegisterId.OF_TENANT.value());
            int from = (int) Math.min(all.size(), (long) page * size);
            return new RegisterPage<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
        });
    }

    /** One page of a list, page and size checked first. */
    private <T> Mono<RegisterPage<T>> paged(Actor actor, int page, int size, Function<RegisterReads, RegisterPage<T>> query) {
        Paging.require(page, size);
        return read(actor, query);
    }

    /** One entry, 404 with {@code missing} when it is not registered. */
    private <T> Mono<T> found(Actor actor, Function<RegisterReads, Optional<T>> query, String missing) {
        return read(actor, reads -> query.apply(reads).orElseThrow(() -> ApiProblem.notFound(missing)));
    }

    private <T> Mono<T> read(Actor actor, Function<RegisterReads, T> query) {
        if (actor.tenant() == null || actor.has(Role.PLATFORM_OPERATOR) || !actor.hasAny(Role.TENANT_ADMIN, Role.AUDITOR)) {
            throw ApiProblem.forbidden("只有租户管理员与审计人员可以查看单位名册");
        }
        return Blocking.call(() -> query.apply(new RegisterReads(RegisterReadModel.active(contexts.of(actor.tenant()).database()))));
    }
}
