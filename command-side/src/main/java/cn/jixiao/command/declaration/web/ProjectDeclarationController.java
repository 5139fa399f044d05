package cn.jixiao.command.declaration.web;

import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.command.web.Access;
import cn.jixiao.command.web.Answers;
import cn.jixiao.command.web.WriteRequest;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.AddProjectTargetCommand;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.ReviewAsCompetentDepartmentCommand;
import cn.jixiao.kernel.declaration.UpdateProjectFundsCommand;
import cn.jixiao.kernel.declaration.UpdateProjectInfoCommand;
import cn.jixiao.kernel.declaration.UpdateProjectRationaleCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The writes only a project form (项目支出绩效目标申报表) has. Everything it shares with the department-wide form
 * (revising a target's text or an indicator, removing them, submitting, the business and performance reviews,
 * adjustments) goes through {@link DeclarationCommandController}'s endpoints on the same {@code /declarations/{id}}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = DeclarationCommandController.TAG, description = DeclarationCommandController.TAG_DESCRIPTION)
public class ProjectDeclarationController {

    /** A created project form has its created event and the project section it was opened with. */
    private static final long VERSION_AFTER_CREATE = 2;

    private final DeclarationWrites writes;

    public ProjectDeclarationController(TenantCommandGateway commands, IdempotentRequests idempotent) {
        this.writes = new DeclarationWrites(commands, idempotent);
    }

    @Answers.Created
    @Operation(summary = "创建项目支出申报表（每单位每项目编码每年度一份）：201，Location 与 ETag；支持 Idempotency-Key")
    @PostMapping("/project-declarations")
    public Mono<ResponseEntity<?>> create(Actor actor, @Valid @RequestBody ProjectRequests.CreateProject body, WriteRequest request) {
        Access.require(actor, Role.FILER, "创建申报表");
        DeclarationId id = body.declarationId();
        return writes.create(actor, request, body, id, () -> body.toCommand(actor.asPerson()), VERSION_AFTER_CREATE,
                "该单位该年度已有该项目的申报表");
    }

    @Answers.NewVersion
    @Operation(summary = "修改项目信息：名称、属性（新增/延续）、主管部门、实施单位、负责人与电话、实施期限（YYYY-MM）；项目编码不可改")
    @PutMapping("/declarations/{id}/project")
    public Mono<ResponseEntity<?>> project(Actor actor, @PathVariable String id,
                                           @Valid @RequestBody ProjectRequests.ProjectBody body, WriteRequest request) {
        return writes.edit(actor, id, request, expected -> new UpdateProjectInfoCommand(DeclarationId.of(id), body.toInfo(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "修改项目资金（万元）：年度资金总额、财政拨款、其他资金、上年结转；延续项目的上年预算与执行数")
    @PutMapping("/declarations/{id}/project-funds")
    public Mono<ResponseEntity<?>> funds(Actor actor, @PathVariable String id,
                                         @Valid @RequestBody ProjectRequests.FundsBody body, WriteRequest request) {
        return writes.edit(actor, id, request, expected -> new UpdateProjectFundsCommand(DeclarationId.of(id), body.toFunds(), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "修改立项依据、必要性与可行性、实施计划（内容、开始与结束年月）")
    @PutMapping("/declarations/{id}/project-rationale")
    public Mono<ResponseEntity<?>> rationale(Actor actor, @PathVariable String id,
                                             @Valid @RequestBody ProjectRequests.RationaleBody body, WriteRequest request) {
        return writes.edit(actor, id, request, expected ->
                new UpdateProjectRationaleCommand(DeclarationId.of(id), body.toRationale(), expected));
    }

    @Answers.GoalAdded
    @Operation(summary = "新增项目的总目标或年度目标（各一个）：201，返回目标标识；其文字用 PUT /goals/{goalId} 修改")
    @PostMapping("/declarations/{id}/targets")
    public Mono<ResponseEntity<?>> addTarget(Actor actor, @PathVariable String id,
                                             @Valid @RequestBody ProjectRequests.TargetBody body, WriteRequest request) {
        Access.require(actor, Role.FILER, "填报申报表");
        Long expected = request.expectedVersion();
        GoalId goalId = GoalId.random();
        Object command = new AddProjectTargetCommand(DeclarationId.of(id), goalId, body.term(), body.description(), expected);
        return writes.goalAdded(actor, request, body, id, goalId, () -> command);
    }

    @Answers.IndicatorAdded
    @Operation(summary = "新增项目绩效指标（含核心指标★、指标值设定依据、上年指标值）：201，返回指标标识")
    @PostMapping("/declarations/{id}/targets/{goalId}/indicators")
    public Mono<ResponseEntity<?>> addIndicator(Actor actor, @PathVariable String id, @PathVariable String goalId,
                                                @Valid @RequestBody ProjectRequests.ProjectIndicatorBody body, WriteRequest request) {
        Access.require(actor, Role.FILER, "填报申报表");
        Long expected = request.expectedVersion();
        IndicatorId indicatorId = IndicatorId.random();
        Object command = body.toCommand(DeclarationId.of(id), GoalId.of(goalId), indicatorId, expected);
        return writes.indicatorAdded(actor, request, body, id, goalId, indicatorId, command);
    }

    @Answers.NewVersion
    @Operation(summary = "修改项目指标的核心指标标记、指标值设定依据与上年指标值")
    @PutMapping("/declarations/{id}/goals/{goalId}/indicators/{indicatorId}/details")
    public Mono<ResponseEntity<?>> details(Actor actor, @PathVariable String id, @PathVariable String goalId,
                                           @PathVariable String indicatorId,
                                           @Valid @RequestBody ProjectRequests.DetailsBody body, WriteRequest request) {
        return writes.edit(actor, id, request, expected ->
                body.toCommand(DeclarationId.of(id), GoalId.of(goalId), IndicatorId.of(indicatorId), expected));
    }

    @Answers.NewVersion
    @Operation(summary = "主管部门审核项目支出申报表：通过（PASS，转业务股室）或退回（RETURN，须填意见）")
    @PostMapping("/declarations/{id}/competent-review")
    public Mono<ResponseEntity<?>> competentReview(Actor actor, @PathVariable String id,
                                                   @Valid @RequestBody ProjectRequests.CompetentReview body, WriteRequest request) {
        return writes.act(actor, Role.COMPETENT_REVIEWER, "主管部门审核", id, body, request,
                expected -> new ReviewAsCompetentDepartmentCommand(DeclarationId.of(id), body.decision(), body.opinion(),
                        actor.asPerson(), expected));
    }
}
