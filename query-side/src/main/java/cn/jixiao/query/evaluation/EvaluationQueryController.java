package cn.jixiao.query.evaluation;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.evaluation.EvaluationState;
import cn.jixiao.kernel.evaluation.EvaluationStatus;
import cn.jixiao.kernel.evaluation.Grade;
import cn.jixiao.kernel.input.Violation;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.listing.Page;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.query.web.Paging;
import cn.jixiao.query.web.Readers;
import cn.jixiao.query.web.Years;
import cn.jixiao.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v1/self-evaluations}: the year's self-evaluations (a filer sees its own unit's), the worklist of
 * the caller (the performance section: those submitted; a filer: its unit's drafts and returned ones), and one
 * self-evaluation with its scores, now or as of any version. Lists filter the read model, bounded by the tenant's
 * declarations (one self-evaluation each); one self-evaluation is read by its id.
 */
@RestController
@RequestMapping("/api/v1/self-evaluations")
@Tag(name = "绩效自评（读）", description = "年终绩效自评的列表、待办、得分与等级")
public class EvaluationQueryController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TenantContexts contexts;

    public EvaluationQueryController(TenantContexts contexts) {
        this.contexts = contexts;
    }

    /** One row of a list. */
    public record Summary(String id, String declarationId, int year, Unit unit, EvaluationStatus status,
                          String statusLabel, long version, String total, Grade grade, String gradeLabel,
                          String updatedAt) {

        static Summary of(EvaluationView view) {
            return new Summary(view.id(), view.declarationId(), view.year(), view.unit(), view.status(),
                    view.statusLabel(), view.version(), view.total(), view.grade(), view.gradeLabel(), view.updatedAt());
        }
    }

    @Operation(summary = "某年度的绩效自评列表：可按状态筛选；填报人员只看本单位；按单位代码排序、分页")
    @GetMapping
    public Mono<Page<Summary>> list(Actor actor, @RequestParam(required = false) String year,
                                    @RequestParam(required = false) EvaluationStatus status,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        int theYear = Years.parse("year", year);
        checkPaging(page, size);
        return page(actor, theYear, status == null ? null : List.of(status.name()), page, size);
    }

    @Operation(summary = "我的待办：监督绩效股为已提交待审核的自评，填报人员为本单位草稿与已退回的自评")
    @GetMapping("/worklist")
    public Mono<Page<Summary>> worklist(Actor actor, @RequestParam(required = false) String year,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        int theYear = Years.parse("year", year);
        checkPaging(page, size);
        List<String> statuses = new ArrayList<>();
        if (actor.has(Role.PERFORMANCE_REVIEWER)) {
            statuses.add(EvaluationStatus.SUBMITTED.name());
        }
        if (actor.has(Role.FILER)) {
            statuses.add(EvaluationStatus.DRAFT.name());
            statuses.add(EvaluationStatus.RETURNED.name());
        }
        return page(actor, theYear, statuses, page, size);
    }

    /**
     * The year at a glance: self-evaluations by status, and the grades and average total of those passed (the
     * final ones); keys of every status and grade are always present.
     */
    public record YearScores(int year, long evaluations, Map<EvaluationStatus, Long> byStatus,
                             Map<Grade, Long> gradesOfPassed, String averageTotalOfPassed) {
    }

    @Operation(summary = "某年度自评得分概况：各状态数量，已通过自评的等级分布与平均总分")
    @GetMapping("/scores")
    public Mono<YearScores> scores(Actor actor, @RequestParam(required = false) String year) {
        int theYear = Years.parse("year", year);
        Readers.tenantOf(actor);
        TenantContext ctx = contexts.of(actor.tenant());
        return Blocking.call(() -> EvaluationReads.scores(ctx.database(), theYear, Readers.unitLimit(actor)));
    }

    @Operation(summary = "绩效自评表：各指标目标值与实际完成值、分值、得分（含更正）、预算执行率、总分与等级；asOfVersion 为某一版本")
    @GetMapping("/{id}")
    public Mono<ResponseEntity<EvaluationView>> one(Actor actor, @PathVariable String id,
                                                    @RequestParam(required = false) Long asOfVersion) {
        Readers.tenantOf(actor);
        if (asOfVersion != null && asOfVersion < 1) {
            throw ApiProblem.invalid("asOfVersion", "AS_OF_VERSION_INVALID", "asOfVersion 须为正整数");
        }
        TenantContext ctx = contexts.of(actor.tenant());
        return Blocking.call(() -> asOfVersion == null ? current(ctx, id)
                        : fromStore(ctx, id, asOfVersion).filter(view -> view.version() == asOfVersion))
                .map(found -> found.orElseThrow(() -> ApiProblem.notFound("自评表 " + id
                        + (asOfVersion == null ? "" : " 在版本 " + asOfVersion + " 时") + "不存在")))
                .doOnNext(view -> Readers.checkUnit(actor, view.unit().code()))
                .map(view -> ResponseEntity.ok().eTag(Long.toString(view.version())).body(view));
    }

    @Operation(summary = "导出绩效自评表（xlsx）：各指标目标值与待填的实际完成值等列，末列为指标标识；导出的是已写入的最新内容")
    @ApiResponse(responseCode = "200", description = "绩效自评表文件（Content-Disposition 为文件名）", content =
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/{id}/export")
    public Mono<ResponseEntity<byte[]>> export(Actor actor, @PathVariable String id) {
        Readers.tenantOf(actor);
        TenantContext ctx = contexts.of(actor.tenant());
        // from the store, not the read model: the sheet goes back in as an import, and one exported a moment
        // after a write, before the projection caught up, would put the older answers back
        return Blocking.call(() -> fromStore(ctx, id, Long.MAX_VALUE))
                .map(found -> found.orElseThrow(() -> ApiProblem.notFound("自评表 " + id + "不存在")))
                .doOnNext(view -> Readers.checkUnit(actor, view.unit().code()))
                .map(view -> ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(view.unit().name() + "-" + view.year() + "-绩效自评表.xlsx", StandardCharsets.UTF_8)
                                .build().toString())
                        .body(EvaluationSheet.write(view)));
    }

    private static Optional<EvaluationView> current(TenantContext ctx, String id) {
        return EvaluationReads.current(ctx.database(), id);
    }

    /**
     * Folded from the event store up to {@code version} (all of it when the stream is shorter), whatever the read
     * model holds.
     */
    private static Optional<EvaluationView> fromStore(TenantContext ctx, String id, long version) {
        List<EventMessage<?>> events = new ArrayList<>();
        ctx.eventStore().readEvents(id, 0).forEachRemaining(events::add);
        return Optional.ofNullable(EvaluationState.replay(events.iterator(), version)).map(state ->
                EvaluationView.of(state, events.get((int) state.version() - 1).getTimestamp().toString()));
    }

    /** {@code statuses}: null for every status. */
    private Mono<Page<Summary>> page(Actor actor, int year, List<String> statuses, int page, int size) {
        Readers.tenantOf(actor);
        TenantContext ctx = contexts.of(actor.tenant());
        return Blocking.call(() -> EvaluationReads.page(ctx.database(), year, statuses, Readers.unitLimit(actor), page, size));
    }

    private static void checkPaging(int page, int size) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0 || page > 100_000) {
            violations.add(new Violation("page", "PAGE_INVALID", "page 须为 0 到 100000 之间的整数"));
        }
        Paging.checkSize(size, violations);
        Paging.throwIfAny(violations);
    }
}
