package cn.jixiao.command.evaluation.web;

import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.declaration.web.Requests;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.command.web.Access;
import cn.jixiao.command.web.Answers;
import cn.jixiao.command.web.Answers.Written;
import cn.jixiao.command.web.CommandWrites;
import cn.jixiao.command.web.Uploads;
import cn.jixiao.command.web.WriteRequest;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.evaluation.ChangeWeightsCommand;
import cn.jixiao.kernel.evaluation.CorrectScoreCommand;
import cn.jixiao.kernel.evaluation.EvaluationCodes;
import cn.jixiao.kernel.evaluation.EvaluationId;
import cn.jixiao.kernel.evaluation.PassSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.RecordIndicatorResultCommand;
import cn.jixiao.kernel.evaluation.RecordIndicatorResultsCommand;
import cn.jixiao.kernel.evaluation.RecordSpendingCommand;
import cn.jixiao.kernel.evaluation.ReturnSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.StartSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.SubmitSelfEvaluationCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferLimitException;
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
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;

/**
 * The write side of {@code /api/v1/self-evaluations}: the unit starts the self-evaluation of its approved
 * declaration, fills actuals, spending and weights, submits; the performance section passes, returns or corrects a
 * score. As for declarations, every answer carries the new version as {@code ETag}, {@code If-Match} makes a write
 * conditional, and POSTs honour {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/self-evaluations")
@Tag(name = "绩效自评（写）", description = "年终绩效自评：填报实际完成值、提交、审核与更正得分")
public class EvaluationCommandController {

    private static final String BASE = "/api/v1/self-evaluations/";
    private static final long VERSION_AFTER_START = 1;

    private final CommandWrites writes;
    private final int maxBytes;

    public EvaluationCommandController(TenantCommandGateway commands, IdempotentRequests idempotent,
                                       @Value("${jixiao.import.max-size:5MB}") DataSize maxSize) {
        this.writes = new CommandWrites(commands, idempotent);
        this.maxBytes = Math.toIntExact(maxSize.toBytes());
    }

    @Answers.EvaluationStarted
    @Operation(summary = "开始已批复申报表的年终绩效自评（每份申报表一份，再次开始 409）：201，Location 与 ETag")
    @PostMapping
    public Mono<ResponseEntity<?>> start(Actor actor, @Valid @RequestBody EvaluationRequests.Start body, WriteRequest request) {
        Access.require(actor, Role.FILER, "开展绩效自评");
        DeclarationId declarationId = DeclarationId.of(body.declarationId());
        EvaluationId id = EvaluationId.forDeclaration(declarationId);
        return writes.once(actor, request, body, () ->
                writes.send(actor, new StartSelfEvaluationCommand(id, declarationId, actor.asPerson()))
                        .onErrorMap(CommandWrites::isDuplicateStream, e -> alreadyStarted())
                        .then(Mono.fromSupplier(() -> CommandWrites.created(URI.create(BASE + id), VERSION_AFTER_START,
                                new Written(id.value(), VERSION_AFTER_START)))));
    }

    @Answers.NewEvaluationVersion
    @Operation(summary = "填报一项指标的实际完成值；定性指标另填达成程度与分数段内的得分；未完成的填偏差原因与改进措施")
    @PutMapping("/{id}/indicators/{indicatorId}")
    public Mono<ResponseEntity<?>> indicator(Actor actor, @PathVariable String id, @PathVariable String indicatorId,
                                             @Valid @RequestBody EvaluationRequests.IndicatorResultBody body, WriteRequest request) {
        return writes.edit(actor, "填报自评表", request, expected -> new RecordIndicatorResultCommand(EvaluationId.of(id),
                indicatorId, body.actual(), body.judgement(), body.parsedScore(), body.deviationCause(), body.improvement(),
                expected), written(id));
    }

    @Answers.NewEvaluationVersion
    @Operation(summary = "填报预算已支出金额（万元）；执行率 = 已支出 / 年度预算")
    @PutMapping("/{id}/spending")
    public Mono<ResponseEntity<?>> spending(Actor actor, @PathVariable String id,
                                            @Valid @RequestBody EvaluationRequests.Spending body, WriteRequest request) {
        return writes.edit(actor, "填报自评表", request,
                expected -> new RecordSpendingCommand(EvaluationId.of(id), body.amount(), expected), written(id));
    }

    @Answers.NewEvaluationVersion
    @Operation(summary = "调整分值：产出、效益、满意度、成本与预算执行率，合计 100")
    @PutMapping("/{id}/weights")
    public Mono<ResponseEntity<?>> weights(Actor actor, @PathVariable String id,
                                           @Valid @RequestBody EvaluationRequests.WeightsBody body, WriteRequest request) {
        return writes.edit(actor, "填报自评表", request,
                expected -> new ChangeWeightsCommand(EvaluationId.of(id), body.weights(), expected), written(id));
    }

    @Answers.NewEvaluationVersion
    @Operation(summary = "提交自评：有错误（未填实际值、未完成目标未说明原因等）时 409 并列出错误")
    @PostMapping("/{id}/submit")
    public Mono<ResponseEntity<?>> submit(Actor actor, @PathVariable String id, WriteRequest request) {
        return writes.act(actor, Role.FILER, "提交自评", null, request,
                expected -> new SubmitSelfEvaluationCommand(EvaluationId.of(id), actor.asPerson(), expected), written(id));
    }

    @Answers.NewEvaluationVersion
    @Operation(summary = "监督绩效股审核通过自评")
    @PostMapping("/{id}/pass")
    public Mono<ResponseEntity<?>> pass(Actor actor, @PathVariable String id,
                                        @Valid @RequestBody(required = false) Requests.Opinion body, WriteRequest request) {
        String opinion = body == null ? null : body.opinion();
        return writes.act(actor, Role.PERFORMANCE_REVIEWER, "审核自评", body, request,
                expected -> new PassSelfEvaluationCommand(EvaluationId.of(id), opinion, actor.asPerson(), expected),
                written(id));
    }

    @Answers.NewEvaluationVersion
    @Operation(summary = "监督绩效股退回自评（须填意见）")
    @PostMapping("/{id}/return")
    public Mono<ResponseEntity<?>> returnForRevision(Actor actor, @PathVariable String id,
                                                     @Valid @RequestBody Requests.Opinion body, WriteRequest request) {
        return writes.act(actor, Role.PERFORMANCE_REVIEWER, "退回自评", body, request,
                expected -> new ReturnSelfEvaluationCommand(EvaluationId.of(id), body.opinion(), actor.asPerson(), expected),
                written(id));
    }

    @Answers.NewEvaluationVersion
    @Operation(summary = "监督绩效股更正一项得分（须填理由）：与单位自评得分并存")
    @PostMapping("/{id}/corrections")
    public Mono<ResponseEntity<?>> correct(Actor actor, @PathVariable String id,
                                           @Valid @RequestBody EvaluationRequests.Correction body, WriteRequest request) {
        return writes.act(actor, Role.PERFORMANCE_REVIEWER, "更正得分", body, request,
                expected -> new CorrectScoreCommand(EvaluationId.of(id), body.line(), body.parsedScore(), body.reason(),
                        actor.asPerson(), expected), written(id));
    }

    @Answers.NewEvaluationVersion
    @Operation(summary = "导入填好的绩效自评表（xlsx，导出的版式）：实际完成值、达成程度、得分、偏差原因、改进措施；全部记录或全部不记录，问题按单元格列出")
    @PostMapping(value = "/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ResponseEntity<?>> importSheet(Actor actor, @PathVariable String id,
                                               @Parameter(description = "填好的绩效自评表文件（.xlsx）",
                                                       schema = @Schema(type = "string", format = "binary"))
                                               @RequestPart("file") Part file, WriteRequest request) {
        Access.require(actor, Role.FILER, "导入自评表");
        Long expected = request.expectedVersion();
        return Uploads.bytes(file, maxBytes)
                .onErrorMap(DataBufferLimitException.class, e -> new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                        "文件超过 " + (maxBytes / 1024 / 1024) + " MB，无法导入"))
                .publishOn(Schedulers.boundedElastic())
                .flatMap(content -> writes.written(actor, new RecordIndicatorResultsCommand(EvaluationId.of(id),
                        FilledSheet.read(content), expected), written(id)));
    }

    // ---- plumbing

    /** The self-evaluation's new version; a command for none (see {@link #isNoSelfEvaluation}) is 404. */
    private static CommandWrites.Answer written(String id) {
        return new CommandWrites.Answer(version -> new Written(id, version), e -> isNoSelfEvaluation(e)
                ? DeclarationRejectedException.notFound(EvaluationCodes.EVALUATION_NOT_FOUND, "自评表不存在: " + id)
                : e);
    }

    /**
     * No stream of that id, or one that holds no self-evaluation (a declaration's id sent here: Axon cannot source
     * a self-evaluation from it): either way there is no such self-evaluation.
     */
    private static boolean isNoSelfEvaluation(Throwable e) {
        return CommandWrites.causedBy(e, t -> t instanceof AggregateNotFoundException
                || t instanceof IncompatibleAggregateException);
    }

    private static DeclarationRejectedException alreadyStarted() {
        return DeclarationRejectedException.conflict(EvaluationCodes.EVALUATION_EXISTS, "该申报表的绩效自评已经开始");
    }
}
