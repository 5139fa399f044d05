package cn.jixiao.query.monitoring;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.input.Violation;
import cn.jixiao.kernel.monitoring.Light;
import cn.jixiao.kernel.monitoring.MonitoringForm;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.kernel.monitoring.MonitoringRules;
import cn.jixiao.kernel.monitoring.MonitoringStatus;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.listing.Page;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.query.web.Paging;
import cn.jixiao.query.web.ReadYourWrites;
import cn.jixiao.query.web.Readers;
import cn.jixiao.query.web.Years;
import cn.jixiao.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The read side of mid-year monitoring: a year's rounds, a round's forms (list and worklist), a form now or at any
 * past version, and the round's lights per unit and per category. Every read is by key: a round by {@code _id},
 * its forms' small rows by {@code $in} over the ids the round holds (bounded by the year's approved declarations),
 * a form by {@code _id}, a past version from the form's own stream in the event store.
 */
@RestController
@RequestMapping("/api/v1/monitoring/rounds")
@Tag(name = MonitoringQueryController.TAG, description = "绩效运行监控：监控轮次、监控表列表与待办、监控表（含历史版本）、预警灯")
public class MonitoringQueryController {

    public static final String TAG = "绩效监控（读）";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TenantContexts contexts;
    private final Duration wait;

    public MonitoringQueryController(TenantContexts contexts,
                                     @Value("${jixiao.query.min-version-wait:10s}") Duration wait) {
        this.contexts = contexts;
        this.wait = wait;
    }

    @Operation(summary = "某年度的监控轮次（按轮次排序）")
    @GetMapping
    public Mono<List<MonitoringViews.RoundView>> rounds(Actor actor, @RequestParam String year) {
        int y = Years.parse("year", year);
        TenantContext ctx = context(actor);
        List<MonitoringRoundId> ids = IntStream.rangeClosed(MonitoringRules.FIRST_ROUND, MonitoringRules.LAST_ROUND)
                .mapToObj(number -> MonitoringRoundId.forRound(y, number)).toList();
        return Blocking.call(() -> store(ctx).rounds(ids));
    }

    @Operation(summary = "监控轮次：截止日期、时序进度、预警阈值及其监控表")
    @GetMapping("/{roundId}")
    public Mono<MonitoringViews.RoundView> round(Actor actor, @PathVariable String roundId) {
        TenantContext ctx = context(actor);
        return Blocking.call(() -> store(ctx).round(roundId)).flatMap(found -> found.map(Mono::just)
                .orElseGet(() -> Mono.error(ApiProblem.notFound("监控轮次不存在: " + roundId))));
    }

    @Operation(summary = "监控轮次的监控表列表：按状态、预警灯筛选；queue=mine 为待办（填报人：本单位填报中与已退回；监督绩效股：已提交待审核）；按单位代码排序、分页")
    @GetMapping("/{roundId}/forms")
    public Mono<Page<MonitoringViews.RowView>> forms(Actor actor, @PathVariable String roundId,
                                                     @RequestParam(required = false) MonitoringStatus status,
                                                     @RequestParam(required = false) Light light,
                                                     @Parameter(description = "mine：当前用户的待办")
                                                     @RequestParam(required = false) String queue,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size, queue);
        Predicate<MonitoringViews.RowView> wanted = row -> (status == null || row.status() == status)
                && (light == null || row.light() == light) && (!"mine".equals(queue) || isWorkOf(actor, row));
        return rows(actor, roundId).map(rows -> {
            List<MonitoringViews.RowView> matching = rows.stream().filter(wanted).toList();
            List<MonitoringViews.RowView> items = matching.stream().skip((long) page * size).limit(size).toList();
            return new Page<>(items, page, size, matching.size());
        });
    }

    @Operation(summary = "监控轮次的预警灯：各单位的红黄绿灯，以及各一级指标类别的红黄绿灯数")
    @GetMapping("/{roundId}/lights")
    public Mono<MonitoringViews.LightsView> lights(Actor actor, @PathVariable String roundId) {
        return rows(actor, roundId).map(rows -> {
            Map<Level1, MonitoringViews.LightCounts> byCategory = new EnumMap<>(Level1.class);
            MonitoringViews.LightCounts total = MonitoringViews.LightCounts.ZERO;
            List<MonitoringViews.UnitLight> units = new ArrayList<>();
            for (MonitoringViews.RowView row : rows) {
                units.add(new MonitoringViews.UnitLight(row.unit(), row.declarationId(), row.status(), row.light(),
                        row.budgetLight(), row.indicators()));
                total = total.plus(row.indicators());
                row.categories().forEach(category -> byCategory.merge(category.level1(), category.counts(),
                        MonitoringViews.LightCounts::plus));
            }
            List<MonitoringViews.CategoryLights> categories = byCategory.entrySet().stream()
                    .map(e -> new MonitoringViews.CategoryLights(e.getKey(), e.getKey().label(), e.getValue())).toList();
            return new MonitoringViews.LightsView(roundId, units, categories, total);
        });
    }

    @Operation(summary = "监控表当前内容（或 asOfVersion 时的内容），含每个指标与预算执行的预警灯；ETag 为版本")
    @GetMapping("/{roundId}/forms/{declarationId}")
    public Mono<ResponseEntity<MonitoringViews.FormView>> form(Actor actor, @PathVariable String roundId,
                                                                @PathVariable String declarationId,
                                                                @RequestParam(required = false) Long asOfVersion,
                                                                @RequestParam(required = false) Long minVersion) {
        TenantContext ctx = context(actor);
        String formId = MonitoringFormId.of(MonitoringRoundId.of(roundId), DeclarationId.of(declarationId)).value();
        Mono<Optional<MonitoringForm>> found;
        if (asOfVersion != null) {
            if (asOfVersion < 1) {
                return Mono.error(ApiProblem.invalid("asOfVersion", "AS_OF_VERSION_INVALID", "asOfVersion 须为正整数"));
            }
            found = Blocking.call(() -> Optional.ofNullable(MonitoringForm.replay(
                            ctx.eventStore().readEvents(formId, 0), asOfVersion))
                    .filter(form -> form.version() == asOfVersion));
        } else {
            found = ReadYourWrites.await(minVersion, () -> store(ctx).form(formId).map(s -> s.form().version()).orElse(0L),
                            Flux.never(), wait)
                    .then(Blocking.call(() -> store(ctx).form(formId).map(MonitoringStore.Stored::form)));
        }
        return found.flatMap(form -> form.map(Mono::just).orElseGet(() -> Mono.error(ApiProblem.notFound(
                        "该监控轮次中没有这份申报表的监控表" + (asOfVersion != null ? "（版本 " + asOfVersion + "）" : "")))))
                .doOnNext(form -> Readers.checkUnit(actor, form.unit().code()))
                .map(form -> ResponseEntity.ok().eTag(Long.toString(form.version())).body(MonitoringViews.FormView.of(form)));
    }

    @Operation(summary = "按交换版式导出监控表（xlsx）：年度指标值、执行情况、全年预计、能否完成、偏差原因与措施、预警灯；导出的是已写入的最新内容")
    @ApiResponse(responseCode = "200", description = "监控表文件（Content-Disposition 为文件名）", content =
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/{roundId}/forms/{declarationId}/export")
    public Mono<ResponseEntity<byte[]>> export(Actor actor, @PathVariable String roundId,
                                               @PathVariable String declarationId) {
        TenantContext ctx = context(actor);
        String formId = MonitoringFormId.of(MonitoringRoundId.of(roundId), DeclarationId.of(declarationId)).value();
        // from the store, not the read model: the sheet goes back in as an import, and one exported a moment
        // after a write, before the projection caught up, would put the older answers back
        return Blocking.call(() -> Optional.ofNullable(MonitoringForm.replay(ctx.eventStore().readEvents(formId, 0))))
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(ApiProblem.notFound(
                        "该监控轮次中没有这份申报表的监控表"))))
                .doOnNext(form -> Readers.checkUnit(actor, form.unit().code()))
                .map(form -> ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                                form.unit().name() + "-" + form.year() + "-绩效运行监控表（第" + form.roundNumber() + "轮）.xlsx",
                                StandardCharsets.UTF_8).build().toString())
                        .body(MonitoringWorkbook.write(form)));
    }

    /** The rows of the round's forms the actor may read, in unit order. */
    private Mono<List<MonitoringViews.RowView>> rows(Actor actor, String roundId) {
        TenantContext ctx = context(actor);
        Optional<String> unit = Readers.unitLimit(actor);
        return round(actor, roundId).flatMap(round -> Blocking.call(() -> store(ctx).rows(round.forms()).stream()
                .filter(row -> unit.map(own -> own.equals(row.unit().code())).orElse(true))
                .sorted(Comparator.comparing((MonitoringViews.RowView row) -> row.unit().code())
                        .thenComparing(MonitoringViews.RowView::id))
                .toList()));
    }

    /** A filer's work is its unit's forms being filled; the performance section's, those submitted. */
    private static boolean isWorkOf(Actor actor, MonitoringViews.RowView row) {
        boolean filer = actor.has(Role.FILER) && row.unit().code().equals(actor.unitCode()) && row.status().isEditable();
        boolean reviewer = actor.has(Role.PERFORMANCE_REVIEWER) && row.status() == MonitoringStatus.SUBMITTED;
        return filer || reviewer;
    }

    private static void checkPage(int page, int size, String queue) {
        List<Violation> violations = new ArrayList<>();
        Paging.check(page, size, violations);
        if (queue != null && !queue.equals("mine")) {
            violations.add(new Violation("queue", "PARAMETER_INVALID", "queue 只能为 mine"));
        }
        Paging.throwIfAny(violations);
    }

    private TenantContext context(Actor actor) {
        return contexts.of(Readers.tenantOf(actor));
    }

    private static MonitoringStore store(TenantContext ctx) {
        return MonitoringReadModel.active(ctx.database());
    }
}
