package cn.jixiao.command.declaration;

import cn.jixiao.command.ActorMetaData;
import cn.jixiao.command.register.DeclarationChecks;
import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddProjectIndicatorCommand;
import cn.jixiao.kernel.declaration.AddProjectTargetCommand;
import cn.jixiao.kernel.declaration.CompetentReviewPassedEvent;
import cn.jixiao.kernel.declaration.CompetentReviewRequestedEvent;
import cn.jixiao.kernel.declaration.CreateProjectDeclarationCommand;
import cn.jixiao.kernel.declaration.IndicatorDetailsSetEvent;
import cn.jixiao.kernel.declaration.ProjectFundsUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectRationaleUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectTargetAddedEvent;
import cn.jixiao.kernel.declaration.ReviewAsCompetentDepartmentCommand;
import cn.jixiao.kernel.declaration.SetIndicatorDetailsCommand;
import cn.jixiao.kernel.declaration.UpdateProjectFundsCommand;
import cn.jixiao.kernel.declaration.UpdateProjectInfoCommand;
import cn.jixiao.kernel.declaration.UpdateProjectRationaleCommand;
import cn.jixiao.kernel.declaration.rules.ProjectRules;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.AdjustmentStartedEvent;
import cn.jixiao.kernel.declaration.ApproveDeclarationCommand;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.BasicInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationLife;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
import cn.jixiao.kernel.declaration.DeclarationState;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.FunctionsUpdatedEvent;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.GoalRemovedEvent;
import cn.jixiao.kernel.declaration.GoalRevisedEvent;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.IndicatorRemovedEvent;
import cn.jixiao.kernel.declaration.IndicatorRevisedEvent;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.NotesUpdatedEvent;
import cn.jixiao.kernel.declaration.OverallGoalUpdatedEvent;
import cn.jixiao.kernel.declaration.RecordApprovedOnPaperCommand;
import cn.jixiao.kernel.declaration.RemoveGoalCommand;
import cn.jixiao.kernel.declaration.RemoveIndicatorCommand;
import cn.jixiao.kernel.declaration.ReturnDeclarationCommand;
import cn.jixiao.kernel.declaration.ReviewAsBusinessSectionCommand;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.ReviseGoalCommand;
import cn.jixiao.kernel.declaration.ReviseIndicatorCommand;
import cn.jixiao.kernel.declaration.StartAdjustmentCommand;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.UpdateBudgetCommand;
import cn.jixiao.kernel.declaration.UpdateFunctionsCommand;
import cn.jixiao.kernel.declaration.UpdateNotesCommand;
import cn.jixiao.kernel.declaration.UpdateOverallGoalCommand;
import cn.jixiao.kernel.declaration.rules.DeclarationRules;
import cn.jixiao.kernel.declaration.rules.ValidationReport;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

import static cn.jixiao.kernel.declaration.DeclarationRejectedException.Reason.INVALID;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One unit's declaration for one year. Its state is the kernel's {@link DeclarationState}: who may act (unit,
 * filer, reviewers), where it stands (status, revision), the form (submission runs the rules over it) and the
 * version, the number of events applied, which every command handler returns so the HTTP layer can send it as
 * the ETag.
 * <p>
 * A snapshot stores its fields as they are ({@link cn.jixiao.command.snapshot.SnapshotLayout}).
 */
@Revision(Declaration.SNAPSHOT_REVISION)
public class Declaration {

    /** Revision of the snapshot layout; older snapshots are ignored and the stream replayed (see CommandSideModule). */
    public static final String SNAPSHOT_REVISION = "3";

    @AggregateIdentifier
    private DeclarationId id;
    /** The kernel's fold of form and life: the aggregate decides on exactly what every reader shows. */
    private DeclarationState state;

    protected Declaration() {
        // for Axon and snapshot deserialization
    }

    @CommandHandler
    public Declaration(CreateDeclarationCommand command, MetaData metaData, TenantRegister register) {
        requireUnitGiven(command);
        requireFilerOf(command.unit().code(), metaData);
        requireIdForUnit(command);
        DeclarationChecks.requireOpenUnit(register.current(), command.unit().code());
        Edition edition = DeclarationChecks.editionFor(register.current(), command.year(), command.edition());
        apply(new DeclarationCreatedEvent(command.declarationId(), command.year(), kindOf(command), editionOr(edition, command),
                command.unit(), command.filingUnit(), command.leader(), command.filer()));
    }

    /**
     * A project form: one per unit, project code and year, so its id is name-based on all three and a second
     * create is refused by the event store. The created event is followed by the project section it was opened
     * with (at least the code), so every reader knows the project from the start.
     */
    @CommandHandler
    public Declaration(CreateProjectDeclarationCommand command, MetaData metaData, TenantRegister register) {
        requireUnitGiven(command.unit());
        requireFilerOf(command.unit().code(), metaData);
        ProjectInfo info = command.info() != null ? command.info() : ProjectInfo.EMPTY;
        requireText(info.code(), "PROJECT_CODE_MISSING", "info.code", "未填写项目编码（项目库中的编码）");
        requireId(DeclarationId.forProject(command.unit().code(), info.code(), command.year()), command.declarationId());
        rejectIfAny(ProjectRules.checkInfoInput(info));
        DeclarationChecks.requireOpenUnit(register.current(), command.unit().code());
        Edition edition = DeclarationChecks.editionFor(register.current(), command.year(), command.edition());
        apply(new DeclarationCreatedEvent(command.declarationId(), command.year(), DeclarationKind.PROJECT,
                edition != null ? edition : Edition.defaultFor(command.year()), command.unit(), command.unit().name(),
                command.leader(), command.filer()));
        apply(new ProjectInfoUpdatedEvent(command.declarationId(), info));
    }

    // ---- editing the form

    @CommandHandler
    public long handle(UpdateBasicInfoCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        rejectIfAny(command.staffing() == null ? List.of() : DeclarationRules.checkStaffingInput(command.staffing()));
        return applied(new BasicInfoUpdatedEvent(id, command.filingUnit(), command.leader(), command.contact(),
                command.staffing()));
    }

    @CommandHandler
    public long handle(UpdateFunctionsCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        return applied(new FunctionsUpdatedEvent(id, command.text()));
    }

    @CommandHandler
    public long handle(UpdateBudgetCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        return applied(new BudgetUpdatedEvent(id, command.income(), command.expenditure(), command.threePublic()));
    }

    @CommandHandler
    public long handle(UpdateOverallGoalCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        return applied(new OverallGoalUpdatedEvent(id, command.text()));
    }

    @CommandHandler
    public long handle(UpdateNotesCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        return applied(new NotesUpdatedEvent(id, command.text()));
    }

    @CommandHandler
    public long handle(AddGoalCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        requireKind(DeclarationKind.DEPARTMENT, "新增绩效目标（项目支出申报表填写总目标与年度目标）");
        requireNewGoal(command.goalId());
        return applied(new GoalAddedEvent(id, command.goalId(), command.description()));
    }

    @CommandHandler
    public long handle(ReviseGoalCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        requireGoal(command.goalId());
        return applied(new GoalRevisedEvent(id, command.goalId(), command.description()));
    }

    @CommandHandler
    public long handle(RemoveGoalCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        requireGoal(command.goalId());
        return applied(new GoalRemovedEvent(id, command.goalId()));
    }

    @CommandHandler
    public long handle(AddIndicatorCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        requireGoal(command.goalId());
        requireNewIndicator(command.indicatorId());
        requireValidIndicator(command.level1(), command.level2(), command.name(), command.target());
        return applied(new IndicatorAddedEvent(id, command.goalId(), command.indicatorId(), command.level1(), command.level2(),
                command.name(), command.target()));
    }

    @CommandHandler
    public long handle(ReviseIndicatorCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        requireIndicator(command.goalId(), command.indicatorId());
        requireValidIndicator(command.level1(), command.level2(), command.name(), command.target());
        return applied(new IndicatorRevisedEvent(id, command.goalId(), command.indicatorId(), command.level1(),
                command.level2(), command.name(), command.target()));
    }

    @CommandHandler
    public long handle(RemoveIndicatorCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        requireIndicator(command.goalId(), command.indicatorId());
        return applied(new IndicatorRemovedEvent(id, command.goalId(), command.indicatorId()));
    }

    // ---- editing a project form

    @CommandHandler
    public long handle(UpdateProjectInfoCommand command, MetaData metaData) {
        requireProjectEditableBy(metaData);
        ProjectInfo info = command.info() != null ? command.info() : ProjectInfo.EMPTY;
        requireSameProjectCode(info);
        rejectIfAny(ProjectRules.checkInfoInput(info));
        return applied(new ProjectInfoUpdatedEvent(id, info));
    }

    @CommandHandler
    public long handle(UpdateProjectFundsCommand command, MetaData metaData) {
        requireProjectEditableBy(metaData);
        return applied(new ProjectFundsUpdatedEvent(id, command.funds()));
    }

    @CommandHandler
    public long handle(UpdateProjectRationaleCommand command, MetaData metaData) {
        requireProjectEditableBy(metaData);
        if (command.rationale() != null) {
            rejectIfAny(ProjectRules.checkRationaleInput(command.rationale()));
        }
        return applied(new ProjectRationaleUpdatedEvent(id, command.rationale()));
    }

    @CommandHandler
    public long handle(AddProjectTargetCommand command, MetaData metaData) {
        requireProjectEditableBy(metaData);
        requireNewGoal(command.goalId());
        if (command.term() == null) {
            throw invalid(LifecycleCodes.TERM_REQUIRED, "term", "须指明总目标（MEDIUM_TERM）或年度目标（ANNUAL）");
        }
        if (form().project().goalOf(command.term()).isPresent()) {
            throw DeclarationRejectedException.conflict(LifecycleCodes.TARGET_EXISTS,
                    "申报表已有" + command.term().label() + "，请修改它而不是再新增一个");
        }
        return applied(new ProjectTargetAddedEvent(id, command.goalId(), command.term(), command.description()));
    }

    /** An indicator and its project details are one line of the form: both events, or (refused) neither. */
    @CommandHandler
    public long handle(AddProjectIndicatorCommand c, MetaData metaData) {
        requireProjectEditableBy(metaData);
        requireGoal(c.goalId());
        requireNewIndicator(c.indicatorId());
        requireValidIndicator(c.level1(), c.level2(), c.name(), c.target());
        apply(new IndicatorAddedEvent(id, c.goalId(), c.indicatorId(), c.level1(), c.level2(), c.name(), c.target()));
        return applied(new IndicatorDetailsSetEvent(id, c.goalId(), c.indicatorId(), c.core(), c.basis(),
                c.lastYearValue()));
    }

    @CommandHandler
    public long handle(SetIndicatorDetailsCommand c, MetaData metaData) {
        requireProjectEditableBy(metaData);
        requireIndicator(c.goalId(), c.indicatorId());
        return applied(new IndicatorDetailsSetEvent(id, c.goalId(), c.indicatorId(), c.core(), c.basis(),
                c.lastYearValue()));
    }

    // ---- the life cycle

    /** Closes a revision: the form as it stands now, with its warnings, is what the reviewers decide on. */
    @CommandHandler
    public long handle(SubmitDeclarationCommand command, MetaData metaData, PreviousYearTargets previousYear,
                       TenantRegister register) {
        requireFilerOf(unitCode(), metaData);
        requireEditable("提交");
        ValidationReport report = DeclarationRules.check(form(), previousYear.before(form()));
        requireNoErrors(report);
        long version = applied(new DeclarationSubmittedEvent(id, life().revision() + 1, report.warnings(),
                command.filer()));
        if (form().hasProjectPart() && register.current().competentReview()) {
            version = applied(new CompetentReviewRequestedEvent(id, ProjectReviews.departmentOf(register.current(),
                    unitCode())));
        }
        return version;
    }

    /** The competent department (主管部门) reviews a project form before the bureau does, where the tenant keeps it. */
    @CommandHandler
    public long handle(ReviewAsCompetentDepartmentCommand command, MetaData metaData, TenantRegister register) {
        requireRole(metaData, Role.COMPETENT_REVIEWER, "主管部门审核");
        requireAwaiting(ReviewStage.COMPETENT, "主管部门审核");
        ProjectReviews.requireDepartmentOf(register.current(), unitCode(), metaData);
        requireNotOwnFiling(command.reviewer());
        if (command.decision() == ReviewDecision.PASS) {
            return applied(new CompetentReviewPassedEvent(id, command.opinion(), command.reviewer()));
        } else if (command.decision() == ReviewDecision.RETURN) {
            return returnWithOpinion(ReviewStage.COMPETENT, command.opinion(), command.reviewer());
        }
        throw invalid(LifecycleCodes.DECISION_INVALID, "decision", "主管部门审核须选择通过（PASS）或退回（RETURN）");
    }

    @CommandHandler
    public long handle(ReviewAsBusinessSectionCommand command, MetaData metaData, TenantRegister register) {
        requireRole(metaData, Role.BUSINESS_REVIEWER, "业务股室审核");
        DeclarationChecks.requireSectionOf(register.current(), unitCode(), metaData);
        requireAwaiting(ReviewStage.BUSINESS, "业务股室审核");
        requireNotOwnFiling(command.reviewer());
        if (command.decision() == null) {
            throw invalid(LifecycleCodes.DECISION_INVALID, "decision", "业务股室审核须选择通过（PASS）或退回（RETURN）");
        }
        return switch (command.decision()) {
            case PASS -> applied(new BusinessReviewPassedEvent(id, command.opinion(), command.reviewer()));
            case RETURN -> returnWithOpinion(ReviewStage.BUSINESS, command.opinion(), command.reviewer());
            case APPROVE -> throw invalid(LifecycleCodes.DECISION_INVALID, "decision",
                    "业务股室审核只能通过（PASS）或退回（RETURN），批复由监督绩效股作出");
        };
    }

    @CommandHandler
    public long handle(ApproveDeclarationCommand command, MetaData metaData) {
        requireRole(metaData, Role.PERFORMANCE_REVIEWER, "批复");
        requireStatus(DeclarationStatus.BUSINESS_REVIEWED, "批复");
        requireNotOwnFiling(command.reviewer());
        requireNotBusinessReviewer(command.reviewer(), "批复");
        return applied(new DeclarationApprovedEvent(id, command.opinion(), command.reviewer()));
    }

    @CommandHandler
    public long handle(ReturnDeclarationCommand command, MetaData metaData) {
        requireRole(metaData, Role.PERFORMANCE_REVIEWER, "退回");
        requireStatus(DeclarationStatus.BUSINESS_REVIEWED, "退回");
        requireNotOwnFiling(command.reviewer());
        requireNotBusinessReviewer(command.reviewer(), "退回");
        return returnWithOpinion(ReviewStage.PERFORMANCE, command.opinion(), command.reviewer());
    }

    /** APPROVED is final; a change after approval is an adjustment with a reason, reviewed again. */
    @CommandHandler
    public long handle(StartAdjustmentCommand command, MetaData metaData) {
        requireFilerOf(unitCode(), metaData);
        requireStatus(DeclarationStatus.APPROVED, "发起调整");
        requireText(command.reason(), LifecycleCodes.REASON_REQUIRED, "reason", "发起调整须填写调整原因");
        return applied(new AdjustmentStartedEvent(id, command.reason(), command.filer()));
    }

    /** Migration of a past paper form: a freshly created draft becomes APPROVED without the review steps. */
    @CommandHandler
    public long handle(RecordApprovedOnPaperCommand command, MetaData metaData) {
        requireRole(metaData, Role.TENANT_ADMIN, "登记纸质批复");
        requireStatus(DeclarationStatus.DRAFT, "登记纸质批复");
        requireNeverSubmitted();
        // Axon's event clock, so the recorded moment is the event's own timestamp (and fixable in tests)
        return applied(new ApprovedOnPaperRecordedEvent(id, command.note(), command.recordedBy(),
                GenericEventMessage.clock.instant()));
    }

    /** Every command handler answers the version its event(s) brought the declaration to. */
    private long applied(DeclarationEvent event) {
        apply(event);
        return state.version();
    }

    private long returnWithOpinion(ReviewStage stage, String opinion, PersonRef reviewer) {
        requireText(opinion, LifecycleCodes.OPINION_REQUIRED, "opinion", "退回须填写审核意见");
        return applied(new DeclarationReturnedEvent(id, stage, opinion, reviewer));
    }

    // ---- the rules, one named method each

    private void requireEditableBy(MetaData metaData) {
        requireFilerOf(unitCode(), metaData);
        requireEditable("修改");
    }

    private void requireEditable(String action) {
        if (!status().isEditable()) {
            throw DeclarationRejectedException.conflict(LifecycleCodes.NOT_EDITABLE, "申报表当前状态为“"
                    + StatusLabels.of(status()) + "”，不能" + action + "；只有草稿、已退回或调整中的申报表可以" + action);
        }
    }

    private void requireStatus(DeclarationStatus expected, String action) {
        if (status() != expected) {
            throw DeclarationRejectedException.conflict(LifecycleCodes.WRONG_STATUS, "申报表当前状态为“"
                    + StatusLabels.of(status()) + "”，不能" + action + "；须为“" + StatusLabels.of(expected) + "”");
        }
    }

    /**
     * The stage the declaration waits for is the kernel's ({@link DeclarationLife#awaiting}): a project form
     * submitted to its competent department is SUBMITTED, yet not the business section's to review.
     */
    private void requireAwaiting(ReviewStage stage, String action) {
        if (life().awaiting().filter(stage::equals).isEmpty()) {
            String pending = life().awaiting().map(ProjectReviews::label).map(s -> "，当前待" + s + "审核").orElse("");
            throw DeclarationRejectedException.conflict(LifecycleCodes.WRONG_STATUS, "申报表当前状态为“"
                    + StatusLabels.of(status()) + "”" + pending + "，不能" + action);
        }
    }

    private void requireProjectEditableBy(MetaData metaData) {
        requireEditableBy(metaData);
        requireKind(DeclarationKind.PROJECT, "填写项目信息");
    }

    private void requireKind(DeclarationKind kind, String action) {
        if (form().kind() != kind || (kind == DeclarationKind.PROJECT) != form().hasProjectPart()) {
            throw DeclarationRejectedException.conflict(LifecycleCodes.WRONG_KIND, "该申报表是"
                    + (form().hasProjectPart() ? "项目支出" : "部门整体支出") + "申报表，不能" + action);
        }
    }

    private void requireSameProjectCode(ProjectInfo info) {
        String code = form().project().info().code();
        if (!code.equals(info.code())) {
            throw invalid(LifecycleCodes.PROJECT_CODE_FIXED, "info.code", "项目编码 " + code
                    + " 是该申报表标识的一部分，不能改为“" + info.code() + "”；编码有误请另建申报表");
        }
    }

    /** A filer acts only on their own unit; a tenant admin may act for any unit (migrating past forms). */
    private static void requireFilerOf(String unit, MetaData metaData) {
        ActorMetaData actor = ActorMetaData.from(metaData);
        if (actor.has(Role.TENANT_ADMIN)) {
            return;
        }
        if (!actor.has(Role.FILER)) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.ROLE_REQUIRED, "只有填报人可以填报申报表");
        }
        if (unit == null || !unit.equals(actor.unit())) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.OTHER_UNIT, "只能填报本单位的申报表");
        }
    }

    private static void requireRole(MetaData metaData, Role role, String action) {
        if (!ActorMetaData.from(metaData).has(role)) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.ROLE_REQUIRED, "当前用户无权" + action);
        }
    }

    /** A reviewer never decides on a declaration they created or submitted themselves. */
    private void requireNotOwnFiling(PersonRef reviewer) {
        if (reviewer != null && (samePerson(reviewer, life().filer()) || samePerson(reviewer, life().submitter()))) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.OWN_FILING, "审核人不能审核本人填报的申报表");
        }
    }

    /**
     * Separation of duties (不相容职务分离). 财预〔2015〕88号 gives a declaration two reviews so that two offices check
     * it: the business section (业务股室) reads it against the unit's work and funds, the performance section
     * (监督绩效股) against the targets' quality, and only then is it approved. One person holding both roles who
     * passes the business review and then decides the performance review of the same revision collapses the two
     * checks into one; so the second stage must be decided by someone else.
     */
    private void requireNotBusinessReviewer(PersonRef reviewer, String action) {
        if (reviewer != null && samePerson(reviewer, life().businessReviewer())) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.SAME_PERSON_BOTH_STAGES,
                    "本轮业务股室审核由您本人通过，不能再由您" + action + "：两级审核须由不同的人作出");
        }
    }

    private static boolean samePerson(PersonRef someone, PersonRef other) {
        return other != null && someone.id() != null && someone.id().equals(other.id());
    }

    private static void requireText(String text, String code, String field, String message) {
        if (text == null || text.isBlank()) {
            throw invalid(code, field, message);
        }
    }

    private void requireNoErrors(ValidationReport report) {
        if (report.hasErrors()) {
            throw DeclarationRejectedException.conflict(LifecycleCodes.SUBMISSION_BLOCKED,
                    "申报表有 " + report.errors().size() + " 处错误，改正后才能提交", report.errors());
        }
    }

    private void requireNeverSubmitted() {
        if (life().revision() > 0) {
            throw DeclarationRejectedException.conflict(LifecycleCodes.ALREADY_SUBMITTED_ONCE,
                    "该申报表已提交过审核，不能再登记为纸质批复");
        }
    }

    private void requireGoal(GoalId goalId) {
        if (goalId == null || form().goal(goalId).isEmpty()) {
            throw DeclarationRejectedException.notFound(LifecycleCodes.GOAL_NOT_FOUND, "申报表中没有该绩效目标: " + goalId);
        }
    }

    private void requireIndicator(GoalId goalId, IndicatorId indicatorId) {
        requireGoal(goalId);
        if (indicatorId == null || form().indicator(goalId, indicatorId).isEmpty()) {
            throw DeclarationRejectedException.notFound(LifecycleCodes.INDICATOR_NOT_FOUND,
                    "该绩效目标下没有该指标: " + indicatorId);
        }
    }

    private void requireNewGoal(GoalId goalId) {
        if (goalId == null) {
            throw invalid(LifecycleCodes.GOAL_NOT_FOUND, "goalId", "缺少绩效目标标识");
        }
        if (form().goal(goalId).isPresent()) {
            throw DeclarationRejectedException.conflict(LifecycleCodes.GOAL_EXISTS, "该绩效目标已存在: " + goalId);
        }
    }

    private void requireNewIndicator(IndicatorId indicatorId) {
        if (indicatorId == null) {
            throw invalid(LifecycleCodes.INDICATOR_NOT_FOUND, "indicatorId", "缺少指标标识");
        }
        if (form().goals().stream().anyMatch(goal -> goal.indicator(indicatorId).isPresent())) {
            throw DeclarationRejectedException.conflict(LifecycleCodes.INDICATOR_EXISTS, "该指标已存在: " + indicatorId);
        }
    }

    /** A wrong level for the edition, an empty name or target can never be right: refused at once. */
    private void requireValidIndicator(Level1 level1, Level2 level2, String name, TargetValue target) {
        rejectIfAny(DeclarationRules.checkIndicatorInput(form().edition(), level1, level2, name, target));
    }

    private static void requireUnitGiven(CreateDeclarationCommand command) {
        requireUnitGiven(command.unit());
    }

    private static void requireUnitGiven(Unit unit) {
        if (unit == null || unit.code() == null || unit.code().isBlank()) {
            throw invalid("UNIT_MISSING", "unit.code", "未填写预算单位代码");
        }
    }

    /** The id is name-based, so the event store's unique stream enforces one declaration per unit, year and kind. */
    private static void requireIdForUnit(CreateDeclarationCommand command) {
        if (kindOf(command) == DeclarationKind.PROJECT) {
            throw invalid(LifecycleCodes.WRONG_KIND, "kind", "项目支出申报表须按项目创建（含项目编码）");
        }
        requireId(DeclarationId.forUnit(command.unit().code(), command.year(), kindOf(command)), command.declarationId());
    }

    private static void requireId(DeclarationId expected, DeclarationId given) {
        if (!expected.equals(given)) {
            throw invalid(LifecycleCodes.ID_NOT_FOR_UNIT, "declarationId",
                    "申报表标识须由单位代码、年度和类型生成: " + expected);
        }
    }

    private static void rejectIfAny(List<Finding> findings) {
        if (!findings.isEmpty()) {
            throw DeclarationRejectedException.invalid(findings);
        }
    }

    private static DeclarationRejectedException invalid(String code, String field, String message) {
        return new DeclarationRejectedException(INVALID, code, message, List.of(new Finding(code, field, message)));
    }

    private static DeclarationKind kindOf(CreateDeclarationCommand command) {
        return command.kind() != null ? command.kind() : DeclarationKind.DEPARTMENT;
    }

    private static Edition editionOr(Edition edition, CreateDeclarationCommand command) {
        return edition != null ? edition : Edition.defaultFor(command.year());
    }

    // ---- state: only assignment, one handler so no event can forget to count towards the version

    @EventSourcingHandler
    void on(DeclarationEvent event, @Timestamp Instant at) {
        if (event instanceof DeclarationCreatedEvent created) {
            id = created.declarationId();
            state = DeclarationState.created(created);
            return;
        }
        state = state.apply(event, at);
    }

    private DeclarationForm form() {
        return state.form();
    }

    private DeclarationLife life() {
        return state.life();
    }

    private DeclarationStatus status() {
        return state.status();
    }

    private String unitCode() {
        return form().unit().code();
    }
}
