package cn.jixiao.query.register;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.input.Violation;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.history.DeclarationHistory;
import cn.jixiao.query.history.HistoryEntry;
import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The register's read side for the tenant admin (and the auditor): paged lists like {@code GET /declarations}. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "单位名册（读）", description = "单位、业务股室、用户与年度设置")
public class RegisterQueryController {

    static final int MAX_SIZE = 100;

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
        List<Bson> filters = new ArrayList<>();
        optional(filters, "section", section);
        optional(filters, "department", department);
        if (closed != null) {
            filters.add(Filters.eq("closed", closed));
        }
        if (q != null && !q.isBlank()) {
            Pattern literal = Pattern.compile(Pattern.quote(q.strip()), Pattern.CASE_INSENSITIVE);
            filters.add(Filters.or(Filters.regex("name", literal), Filters.regex("formerNames", literal)));
        }
        return page(actor, RegisterStore.UNITS, filters, "code", page, size, RegisterViews.UnitView.class);
    }

    @Operation(summary = "单位详情（含曾用名）")
    @GetMapping("/units/{code}")
    public Mono<RegisterViews.UnitView> unit(Actor actor, @PathVariable String code) {
        return one(actor, RegisterStore.UNITS, code, RegisterViews.UnitView.class, "单位未登记: " + code);
    }

    @Operation(summary = "业务股室列表")
    @GetMapping("/sections")
    public Mono<RegisterPage<RegisterViews.SectionView>> sections(Actor actor, @RequestParam(defaultValue = "0") int page,
                                                          @RequestParam(defaultValue = "20") int size) {
        return page(actor, RegisterStore.SECTIONS, List.of(), "id", page, size, RegisterViews.SectionView.class);
    }

    @Operation(summary = "用户列表：按角色、业务股室、单位筛选")
    @GetMapping("/users")
    public Mono<RegisterPage<RegisterViews.UserView>> users(Actor actor, @RequestParam(required = false) Role role,
                                                    @RequestParam(required = false) String section,
                                                    @RequestParam(required = false) String unit,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "20") int size) {
        List<Bson> filters = new ArrayList<>();
        optional(filters, "roles", role == null ? null : role.name());
        optional(filters, "section", section);
        optional(filters, "unit", unit);
        return page(actor, RegisterStore.USERS, filters, "id", page, size, RegisterViews.UserView.class);
    }

    @Operation(summary = "用户详情（id 为令牌的 sub）")
    @GetMapping("/users/{id}")
    public Mono<RegisterViews.UserView> user(Actor actor, @PathVariable String id) {
        return one(actor, RegisterStore.USERS, id, RegisterViews.UserView.class, "用户未登记: " + id);
    }

    @Operation(summary = "各年度设置：指标体系版本与审核截止日期")
    @GetMapping("/years")
    public Mono<RegisterPage<RegisterViews.YearView>> years(Actor actor, @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "20") int size) {
        return page(actor, RegisterStore.YEARS, List.of(), "year", page, size, RegisterViews.YearView.class);
    }

    @Operation(summary = "名册的修改历史：每条事件的操作人（用户、角色）、时间与内容，最早的在前；分页")
    @GetMapping("/register/history")
    public Mono<RegisterPage<HistoryEntry>> history(Actor actor, @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "20") int size) {
        checkPaging(page, size);
        return read(actor, rows -> {
            List<HistoryEntry> all = DeclarationHistory.of(contexts.of(actor.tenant()).eventStore(), RegisterId.OF_TENANT.value());
            int from = (int) Math.min(all.size(), (long) page * size);
            return new RegisterPage<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
        });
    }

    private <T> Mono<RegisterPage<T>> page(Actor actor, String collection, List<Bson> filters, String sortField,
                                   int page, int size, Class<T> type) {
        checkPaging(page, size);
        Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
        return read(actor, rows -> {
            MongoCollection<Document> documents = rows.collection(collection);
            List<T> items = new ArrayList<>();
            documents.find(filter).sort(Sorts.ascending(sortField)).skip((int) Math.min(Integer.MAX_VALUE, (long) page * size)).limit(size)
                    .forEach(document -> items.add(BsonViews.fromDocument(strip(document), type)));
            return new RegisterPage<>(items, page, size, documents.countDocuments(filter));
        });
    }

    private <T> Mono<T> one(Actor actor, String collection, Object id, Class<T> type, String missing) {
        return read(actor, rows -> {
            Document document = rows.collection(collection).find(Filters.eq("_id", id)).first();
            if (document == null) {
                throw ApiProblem.notFound(missing);
            }
            return BsonViews.fromDocument(strip(document), type);
        });
    }

    private <T> Mono<T> read(Actor actor, Function<RegisterStore, T> query) {
        if (actor.tenant() == null || actor.has(Role.PLATFORM_OPERATOR) || !actor.hasAny(Role.TENANT_ADMIN, Role.AUDITOR)) {
            throw ApiProblem.forbidden("只有租户管理员与审计人员可以查看单位名册");
        }
        return Blocking.call(() -> query.apply(RegisterReadModel.active(contexts.of(actor.tenant()).database())));
    }

    private static void checkPaging(int page, int size) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new Violation("page", "PAGE_INVALID", "page 须为非负整数"));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(new Violation("size", "SIZE_INVALID", "size 须在 1 到 " + MAX_SIZE + " 之间"));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
    }

    private static void optional(List<Bson> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Filters.eq(field, value.strip()));
        }
    }

    private static Document strip(Document document) {
        document.remove("_id");
        document.remove("seq");
        return document;
    }
}
