package cn.jixiao.command.declaration.web;

import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.command.web.Access;
import cn.jixiao.command.web.Answers;
import cn.jixiao.command.web.WriteRequest;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.ApproveDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.RemoveGoalCommand;
import cn.jixiao.kernel.declaration.RemoveIndicatorCommand;
import cn.jixiao.kernel.declaration.ReturnDeclarationCommand;
import cn.jixiao.kernel.declaration.ReviewAsBusinessSectionCommand;
import cn.jixiao.kernel.declaration.ReviseGoalCommand;
import cn.jixiao.kernel.declaration.StartAdjustmentCommand;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.UpdateFunctionsCommand;
import cn.jixiao.kernel.declaration.UpdateNotesCommand;
import cn.jixiao.kernel.declaration.UpdateOverallGoalCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;


/**
 * The write side of {@code /api/v1/declarations} (api.md). Each endpoint checks the caller's role, turns the
 * body into a typed command and sends it through the tenant's command bus; the aggregate decides the rest. Every
 * answer carries the new version as {@code ETag}; {@code If-Match} makes the write conditional on it; POSTs
 * honour {@code Idempotency-Key}: both come in one {@link WriteRequest}, resolved once.
 */
@RestController
@RequestMapping("/api/v1/declarations")
@Tag(name = DeclarationCommandController.TAG, description = DeclarationCommandController.TAG_DESCRIPTION)
public class DeclarationCommandController {

    /** The tag of every declaration write, the project form's too. */
    static final String TAG = "申报表（写）";
    static final String TAG_DESCRIPTION = "填报、提交、审核、批复与调整";

    /** A created declaration has exactly one event: its created event. */
    private static final long VERSION_AFTER_CREATE = 1;

    private final DeclarationWrites writes;

    public DeclarationCommandController(TenantCommandGateway commands, IdempotentRequests idempotent) {
        this.writes = new DeclarationWrites(commands, idempotent);
    }

    // ---- creating

    @Answers.Created
    @Operation(summary = "创建申报表（每单位每年度每类型一份）：201，Location 与 ETag；支持 Idempotency-Key")
    @PostMapping
    public Mono<ResponseEntity<?>> create(Actor actor, @Valid @RequestBody Requests.CreateDeclaration body,
                                          WriteRequest request) {
        Access.require(actor, Role.FILER, "创建申报表");
        DeclarationId id = body.declarationId();
        return writes.create(actor, request, body, id, () -> body.toCommand(actor.asPerson()), VERSION_AFTER_CREATE,
                "该单位该年度已有申报表");
    }

    // ---- editing the form

    @Answers.NewVersion
    @Operation(summary = "修改基本信息：填报单位、单位负责人、绩效管理联系人与电话、人员编制数与实有人数")
    @PutMapping("/{id}/basic-info")
    public Mono<ResponseEntity<?>> basicInfo(Actor actor, @PathVariable String id, @Valid @RequestBody Requests.BasicInfo body, WriteRequest request) {
        return writes.edit(actor, id, request, expected -> body.toCommand(DeclarationId.of(id), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "修改部门职能（职责概述）")
    @PutMapping("/{id}/functions")
    public Mono<ResponseEntity<?>> functions(Actor actor, @PathVariable String id, @Valid @RequestBody Requests.Text body, WriteRequest request) {
        return writes.edit(actor, id, request, expected -> new UpdateFunctionsCommand(DeclarationId.of(id), body.text(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "修改收入、支出与三公经费预算（万元，十进制字符串，最多四位小数）")
    @PutMapping("/{id}/budget")
    public Mono<ResponseEntity<?>> budget(Actor actor, @PathVariable String id, @Valid @RequestBody Requests.BudgetBody body, WriteRequest request) {
        return writes.edit(actor, id, request, expected -> body.toCommand(DeclarationId.of(id), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "修改年度总体目标")
    @PutMapping("/{id}/overall-goal")
    public Mono<ResponseEntity<?>> overallGoal(Actor actor, @PathVariable String id, @Valid @RequestBody Requests.Text body, WriteRequest request) {
        return writes.edit(actor, id, request, expected -> new UpdateOverallGoalCommand(DeclarationId.of(id), body.text(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "修改其他需要说明的问题")
    @PutMapping("/{id}/notes")
    public Mono<ResponseEntity<?>> notes(Actor actor, @PathVariable String id, @Valid @RequestBody Requests.Text body, WriteRequest request) {
        return writes.edit(actor, id, request, expected -> new UpdateNotesCommand(DeclarationId.of(id), body.text(), expected));
    }

    @Answers.GoalAdded
    @Operation(summary = "新增绩效目标（排在最后）：201，返回目标标识")
    @PostMapping("/{id}/goals")
    public Mono<ResponseEntity<?>> addGoal(Actor actor, @PathVariable String id, @Valid @RequestBody Requests.GoalBody body, WriteRequest request) {
        Access.require(actor, Role.FILER, "填报申报表");
        Long expected = request.expectedVersion();
        GoalId goalId = GoalId.random();
        return writes.goalAdded(actor, request, body, id, goalId,
                () -> new AddGoalCommand(DeclarationId.of(id), goalId, body.description(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "修改绩效目标")
    @PutMapping("/{id}/goals/{goalId}")
    public Mono<ResponseEntity<?>> reviseGoal(Actor actor, @PathVariable String id, @PathVariable String goalId,
                                              @Valid @RequestBody Requests.GoalBody body, WriteRequest request) {
        return writes.edit(actor, id, request, expected ->
                new ReviseGoalCommand(DeclarationId.of(id), GoalId.of(goalId), body.description(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "删除绩效目标及其指标")
    @DeleteMapping("/{id}/goals/{goalId}")
    public Mono<ResponseEntity<?>> removeGoal(Actor actor, @PathVariable String id, @PathVariable String goalId, WriteRequest request) {
        return writes.edit(actor, id, request, expected -> new RemoveGoalCommand(DeclarationId.of(id), GoalId.of(goalId), expected));
    }

    @Answers.IndicatorAdded
    @Operation(summary = "新增绩效指标：201，返回指标标识；层级与所选指标体系版本不符、名称或目标值为空时 400")
    @PostMapping("/{id}/goals/{goalId}/indicators")
    public Mono<ResponseEntity<?>> addIndicator(Actor actor, @PathVariable String id, @PathVariable String goalId,
                                                @Valid @RequestBody Requests.IndicatorBody body, WriteRequest request) {
        Access.require(actor, Role.FILER, "填报申报表");
        IndicatorId indicatorId = IndicatorId.random();
        DeclarationCommand command = body.toAddCommand(DeclarationId.of(id), GoalId.of(goalId), indicatorId,
                request.expectedVersion());
        return writes.indicatorAdded(actor, request, body, id, goalId, indicatorId, command);
    }

    @Answers.NewVersion
    @Operation(summary = "修改绩效指标")
    @PutMapping("/{id}/goals/{goalId}/indicators/{indicatorId}")
    public Mono<ResponseEntity<?>> reviseIndicator(Actor actor, @PathVariable String id, @PathVariable String goalId,
                                                   @PathVariable String indicatorId,
                                                   @Valid @RequestBody Requests.IndicatorBody body, WriteRequest request) {
        return writes.edit(actor, id, request, expected ->
                body.toReviseCommand(DeclarationId.of(id), GoalId.of(goalId), IndicatorId.of(indicatorId), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "删除绩效指标")
    @DeleteMapping("/{id}/goals/{goalId}/indicators/{indicatorId}")
    public Mono<ResponseEntity<?>> removeIndicator(Actor actor, @PathVariable String id, @PathVariable String goalId,
                                                   @PathVariable String indicatorId, WriteRequest request) {
        return writes.edit(actor, id, request, expected ->
                new RemoveIndicatorCommand(DeclarationId.of(id), GoalId.of(goalId), IndicatorId.of(indicatorId), expected));
    }

    // ---- the life cycle

    @Answers.NewVersion
    @Operation(summary = "提交审核：有错误时 409 并列出错误；警示随本次修订保存")
    @PostMapping("/{id}/submit")
    public Mono<ResponseEntity<?>> submit(Actor actor, @PathVariable String id, WriteRequest request) {
        return writes.act(actor, Role.FILER, "提交申报表", id, null, request,
                expected -> new SubmitDeclarationCommand(DeclarationId.of(id), actor.asPerson(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "业务股室审核：通过（PASS）或退回（RETURN，须填意见）")
    @PostMapping("/{id}/business-review")
    public Mono<ResponseEntity<?>> businessReview(Actor actor, @PathVariable String id,
                                                  @Valid @RequestBody Requests.BusinessReview body, WriteRequest request) {
        return writes.act(actor, Role.BUSINESS_REVIEWER, "业务股室审核", id, body, request,
                expected -> new ReviewAsBusinessSectionCommand(DeclarationId.of(id), body.decision(), body.opinion(),
                        actor.asPerson(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "监督绩效股批复")
    @PostMapping("/{id}/approval")
    public Mono<ResponseEntity<?>> approve(Actor actor, @PathVariable String id, @Valid @RequestBody(required = false) Requests.Opinion body, WriteRequest request) {
        String opinion = body == null ? null : body.opinion();
        return writes.act(actor, Role.PERFORMANCE_REVIEWER, "批复申报表", id, body, request,
                expected -> new ApproveDeclarationCommand(DeclarationId.of(id), opinion, actor.asPerson(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "监督绩效股退回（须填意见）")
    @PostMapping("/{id}/return")
    public Mono<ResponseEntity<?>> returnForRevision(Actor actor, @PathVariable String id,
                                                     @Valid @RequestBody Requests.Opinion body, WriteRequest request) {
        return writes.act(actor, Role.PERFORMANCE_REVIEWER, "退回申报表", id, body, request,
                expected -> new ReturnDeclarationCommand(DeclarationId.of(id), body.opinion(), actor.asPerson(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "对已批复的申报表发起调整（须填原因）")
    @PostMapping("/{id}/adjustment")
    public Mono<ResponseEntity<?>> startAdjustment(Actor actor, @PathVariable String id,
                                                   @Valid @RequestBody Requests.Adjustment body, WriteRequest request) {
        return writes.act(actor, Role.FILER, "发起调整", id, body, request,
                expected -> new StartAdjustmentCommand(DeclarationId.of(id), body.reason(), actor.asPerson(), expected));
    }
}
