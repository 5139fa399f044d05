package cn.jixiao.command.monitoring.web;

import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.command.importing.Grid;
import cn.jixiao.command.importing.XlsxGridReader;
import cn.jixiao.command.monitoring.ImportMonitoringSheetCommand;
import cn.jixiao.command.monitoring.MonitoringRoundOpener;
import cn.jixiao.command.monitoring.MonitoringSheet;
import cn.jixiao.command.web.Access;
import cn.jixiao.command.web.Answers;
import cn.jixiao.command.web.CommandWrites;
import cn.jixiao.command.web.WriteRequest;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.input.InputCodes;
import cn.jixiao.kernel.monitoring.MonitoringCodes;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringRejectedException;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.kernel.monitoring.OpenMonitoringRoundCommand;
import cn.jixiao.kernel.monitoring.ReportBudgetExecutionCommand;
import cn.jixiao.kernel.monitoring.ReportIndicatorProgressCommand;
import cn.jixiao.kernel.monitoring.RequestAdjustmentCommand;
import cn.jixiao.kernel.monitoring.ReviewMonitoringFormCommand;
import cn.jixiao.kernel.monitoring.SubmitMonitoringFormCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.LongFunction;

/**
 * The write side of mid-year monitoring under {@code /api/v1/monitoring}: the performance section opens a round
 * for a year with its cut-off; the unit's filer reports on its form (one per approved declaration, addressed by
 * round and declaration) and submits it; the performance section returns or accepts it. As the declaration's
 * endpoints: the new version in body and {@code ETag}, {@code If-Match} for a conditional write, POSTs honour
 * {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/monitoring/rounds")
@Tag(name = MonitoringCommandController.TAG, description = "绩效运行监控：开启监控轮次、填报执行进度与预算执行、提交与审核")
public class MonitoringCommandController {

    public static final String TAG = "绩效监控（写）";
    private static final String BASE = "/api/v1/monitoring/rounds/";

    private final CommandWrites writes;
    private final int maxBytes;

    public MonitoringCommandController(TenantCommandGateway commands, IdempotentRequests idempotent,
                                       @Value("${jixiao.import.max-size:5MB}") DataSize maxSize) {
        this.writes = new CommandWrites(commands, idempotent);
        this.maxBytes = Math.toIntExact(maxSize.toBytes());
    }

    /** The round opened and how many monitoring forms it built (one per approved declaration of the year). */
    public record RoundOpened(String id, int year, int number, int forms) {
    }

    /** The declaration's new version after an adjustment started from the monitoring form. */
    public record AdjustmentStarted(String declarationId, long version) {
    }

    @ApiResponse(responseCode = "201", description = "已开启：Location 为监控轮次", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RoundOpened.class)))
    @Operation(summary = "开启某年度的绩效运行监控轮次（截止日期、预警阈值）：每个已批复申报表生成一张监控表；同年度同轮次只能开启一次（409 ROUND_EXISTS）")
    @PostMapping
    public Mono<ResponseEntity<?>> open(Actor actor, @Valid @RequestBody MonitoringRequests.OpenRound body, WriteRequest request) {
        Access.require(actor, Role.PERFORMANCE_REVIEWER, "开启绩效运行监控");
        MonitoringRoundId id = MonitoringRoundId.forRound(body.year(), body.number());
        OpenMonitoringRoundCommand command = new OpenMonitoringRoundCommand(id, body.year(), body.number(),
                body.cutOff(), body.thresholdsOrDefault(), actor.asPerson());
        return writes.once(actor, request, body, () ->
                writes.<MonitoringRoundOpener.OpenedRound>send(actor, command)
                        .onErrorMap(e -> CommandWrites.causedBy(e, AggregateStreamCreationException.class::isInstance),
                                e -> MonitoringRoundOpener.roundExists())
                        .map(opened -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create(BASE + id))
                                .body(new RoundOpened(id.value(), body.year(), body.number(), opened.forms()))));
    }

    @Answers.NewMonitoringVersion
    @Operation(summary = "填报指标执行进度：完成值、全年预计、能否完成，落后时的偏差原因与纠偏措施")
    @PutMapping("/{roundId}/forms/{declarationId}/indicators/{indicatorId}")
    public Mono<ResponseEntity<?>> progress(Actor actor, @PathVariable String roundId, @PathVariable String declarationId,
                                           @PathVariable String indicatorId,
                                           @Valid @RequestBody MonitoringRequests.Progress body, WriteRequest request) {
        return writes.edit(actor, "填报监控表", request, expected -> new ReportIndicatorProgressCommand(
                formId(roundId, declarationId), IndicatorId.of(indicatorId), body.progressValue(), body.forecastValue(),
                body.outlook(), body.cause(), body.explanation(), body.action(), actor.asPerson(), expected),
                written(roundId, declarationId));
    }

    @Answers.NewMonitoringVersion
    @Operation(summary = "填报预算执行：截至监控日的执行数（万元）与针对偏差的措施；执行率与时序进度对比")
    @PutMapping("/{roundId}/forms/{declarationId}/budget")
    public Mono<ResponseEntity<?>> budget(Actor actor, @PathVariable String roundId, @PathVariable String declarationId,
                                          @Valid @RequestBody MonitoringRequests.BudgetExecution body, WriteRequest request) {
        return writes.edit(actor, "填报监控表", request, expected -> new ReportBudgetExecutionCommand(
                formId(roundId, declarationId), body.spentAmount(), body.measures(), actor.asPerson(), expected),
                written(roundId, declarationId));
    }

    @Answers.NewMonitoringVersion
    @Operation(summary = "提交监控表：未填完或红灯指标缺偏差原因与纠偏措施时 409 并列出")
    @PostMapping("/{roundId}/forms/{declarationId}/submit")
    public Mono<ResponseEntity<?>> submit(Actor actor, @PathVariable String roundId, @PathVariable String declarationId, WriteRequest request) {
        return writes.act(actor, Role.FILER, "提交监控表", null, request,
                expected -> new SubmitMonitoringFormCommand(formId(roundId, declarationId), actor.asPerson(), expected),
                written(roundId, declarationId));
    }

    @Answers.NewMonitoringVersion
    @Operation(summary = "监督绩效股审核监控表：退回（RETURN，须填意见）或审核通过（ACCEPT，本轮最终结果）")
    @PostMapping("/{roundId}/forms/{declarationId}/review")
    public Mono<ResponseEntity<?>> review(Actor actor, @PathVariable String roundId, @PathVariable String declarationId,
                                          @Valid @RequestBody MonitoringRequests.Review body, WriteRequest request) {
        return writes.act(actor, Role.PERFORMANCE_REVIEWER, "审核监控表", body, request,
                expected -> new ReviewMonitoringFormCommand(formId(roundId, declarationId), body.decision(),
                        body.opinion(), actor.asPerson(), expected), written(roundId, declarationId));
    }

    @ApiResponse(responseCode = "200", description = "已发起调整：申报表的新版本（亦见 ETag）", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AdjustmentStarted.class)))
    @Operation(summary = "针对红灯发起申报表调整（须填原因）：经申报表自身的调整流程；If-Match 为申报表的版本")
    @PostMapping("/{roundId}/forms/{declarationId}/adjustment")
    public Mono<ResponseEntity<?>> adjustment(Actor actor, @PathVariable String roundId, @PathVariable String declarationId,
                                              @Valid @RequestBody MonitoringRequests.Reason body, WriteRequest request) {
        return writes.act(actor, Role.FILER, "发起调整", body, request,
                expected -> new RequestAdjustmentCommand(MonitoringRoundId.of(roundId), DeclarationId.of(declarationId),
                        body.reason(), actor.asPerson(), expected),
                answer(version -> new AdjustmentStarted(declarationId, version)));
    }

    @Answers.NewMonitoringVersion
    @Operation(summary = "导入填好的监控表（导出的 xlsx）：按指标标识逐行填报执行情况、全年预计、能否完成、偏差原因与措施；有误时 400 并按单元格列出，全部不导入")
    @PostMapping(value = "/{roundId}/forms/{declarationId}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ResponseEntity<?>> importSheet(Actor actor, @PathVariable String roundId, @PathVariable String declarationId,
                                               @Parameter(description = "导出后填好的监控表（.xlsx）",
                                                       schema = @Schema(type = "string", format = "binary"))
                                               @RequestPart("file") Part file) {
        Access.require(actor, Role.FILER, "填报监控表");
        MonitoringFormId form = formId(roundId, declarationId);
        return DataBufferUtils.join(file.content(), maxBytes)
                .publishOn(Schedulers.boundedElastic())
                .map(content -> MonitoringSheet.read(grid(content), form, actor.asPerson()))
                .switchIfEmpty(Mono.error(() -> MonitoringRejectedException.invalid(MonitoringSheet.NOT_A_MONITORING_SHEET,
                        "file", "文件为空")))
                .flatMap(rows -> writes.written(actor, new ImportMonitoringSheetCommand(rows), written(roundId, declarationId)));
    }

    /** The sheet's cells, read as the declaration's import reads spreadsheets: streamed and bounded. */
    private static Grid grid(DataBuffer content) {
        Path file = null;
        try {
            file = Files.createTempFile("jixiao-monitoring-", ".xlsx");
            try (InputStream in = content.asInputStream(true)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return XlsxGridReader.read(file);
        } catch (XlsxGridReader.CellTooLong e) {
            throw MonitoringRejectedException.invalid(InputCodes.TEXT_TOO_LONG, e.ref(), "单元格文字过长");
        } catch (IOException | RuntimeException e) {
            if (e instanceof MonitoringRejectedException rejected) {
                throw rejected;
            }
            throw MonitoringRejectedException.invalid(MonitoringSheet.NOT_A_MONITORING_SHEET, "file",
                    "文件无法按 xlsx 读取，请使用导出的监控表填写");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    // ---- plumbing

    /** The form's new version, with the round and declaration it is addressed by. */
    private static CommandWrites.Answer written(String roundId, String declarationId) {
        return answer(version -> new Answers.MonitoringFormWritten(formId(roundId, declarationId).value(), roundId,
                declarationId, version));
    }

    /** A form the round does not have (no monitoring form of that declaration) is 404 {@code FORM_NOT_FOUND}. */
    private static CommandWrites.Answer answer(LongFunction<?> body) {
        return new CommandWrites.Answer(body, e -> CommandWrites.causedBy(e, AggregateNotFoundException.class::isInstance)
                && !CommandWrites.causedBy(e, MonitoringRejectedException.class::isInstance)
                ? MonitoringRejectedException.notFound(MonitoringCodes.FORM_NOT_FOUND, "该监控轮次中没有这份申报表的监控表")
                : e);
    }

    private static MonitoringFormId formId(String roundId, String declarationId) {
        return MonitoringFormId.of(MonitoringRoundId.of(roundId), DeclarationId.of(declarationId));
    }
}
