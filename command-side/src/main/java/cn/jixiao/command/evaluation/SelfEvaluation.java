package cn.jixiao.command.evaluation;

import cn.jixiao.command.ActorMetaData;
import cn.jixiao.command.declaration.LifecycleCodes;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.CodedViolation;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.DeclarationState;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.evaluation.ChangeWeightsCommand;
import cn.jixiao.kernel.evaluation.CorrectScoreCommand;
import cn.jixiao.kernel.evaluation.EvaluationCodes;
import cn.jixiao.kernel.evaluation.EvaluationForm;
import cn.jixiao.kernel.evaluation.EvaluationId;
import cn.jixiao.kernel.evaluation.EvaluationLine;
import cn.jixiao.kernel.evaluation.EvaluationRules;
import cn.jixiao.kernel.evaluation.EvaluationState;
import cn.jixiao.kernel.evaluation.EvaluationStatus;
import cn.jixiao.kernel.evaluation.IndicatorResult;
import cn.jixiao.kernel.evaluation.IndicatorResultRecordedEvent;
import cn.jixiao.kernel.evaluation.PassSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.RecordIndicatorResultCommand;
import cn.jixiao.kernel.evaluation.RecordIndicatorResultsCommand;
import cn.jixiao.kernel.evaluation.RecordSpendingCommand;
import cn.jixiao.kernel.evaluation.ReturnSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.ScoreCorrectedEvent;
import cn.jixiao.kernel.evaluation.Scorecard;
import cn.jixiao.kernel.evaluation.SelfEvaluationEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationPassedEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationReturnedEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationStartedEvent;
import cn.jixiao.kernel.evaluation.SelfEvaluationSubmittedEvent;
import cn.jixiao.kernel.evaluation.SpendingRecordedEvent;
import cn.jixiao.kernel.evaluation.StartSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.SubmitSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.Weights;
import cn.jixiao.kernel.evaluation.WeightsChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.jixiao.kernel.declaration.DeclarationRejectedException.Reason.INVALID;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One unit's year-end self-evaluation of one approved declaration. Its state is the kernel's
 * {@link EvaluationState}, so the aggregate decides on the very scores every reader shows. Each handler answers
 * the version its event brought the self-evaluation to (the ETag).
 */
public class SelfEvaluation {

    @AggregateIdentifier
    private EvaluationId id;
    private EvaluationState state;

    protected SelfEvaluation() {
        // for Axon
    }

    /** Built from the approved revision: its indicators with their ids, and the year's budget (支出合计). */
    @CommandHandler
    public SelfEvaluation(StartSelfEvaluationCommand command, MetaData metaData, ApprovedDeclarations declarations) {
        if (command.declarationId() == null
                || !EvaluationId.forDeclaration(command.declarationId()).equals(command.evaluationId())) {
            throw invalid(EvaluationCodes.ID_NOT_FOR_DECLARATION, "declarationId", "自评标识须由申报表标识生成");
        }
        DeclarationState declaration = declarations.of(command.declarationId()).orElseThrow(() ->
                DeclarationRejectedException.notFound(EvaluationCodes.DECLARATION_NOT_FOUND,
                        "没有该申报表: " + command.declarationId()));
        requireFilerOf(declaration.form().unit().code(), metaData);
        DeclarationForm approved = declaration.life().lastApproved().orElseThrow(() ->
                DeclarationRejectedException.conflict(EvaluationCodes.DECLARATION_NOT_APPROVED,
                        "申报表尚未批复，不能开展绩效自评"));
        List<EvaluationLine> lines = approved.goals().stream().flatMap(goal -> goal.indicators().stream()
                .map(indicator -> new EvaluationLine(goal.id(), indicator, null))).toList();
        boolean costOnItsOwn = lines.stream().anyMatch(line -> line.indicator().level1() == Level1.COST);
        apply(new SelfEvaluationStartedEvent(command.evaluationId(), command.declarationId(), approved.year(),
                approved.unit(), declaration.life().revision(), declaration.version(), lines,
                approved.expenditure().total(), Weights.defaultFor(costOnItsOwn), command.filer()));
    }

    // ---- filling the form

    @CommandHandler
    public long handle(RecordIndicatorResultCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        EvaluationLine line = form().line(command.indicatorId()).orElseThrow(() ->
                DeclarationRejectedException.notFound(EvaluationCodes.LINE_NOT_FOUND, "自评表中没有该指标: "
                        + command.indicatorId()));
        List<Finding> findings = new ArrayList<>();
        IndicatorResult result = checked(line, new RecordIndicatorResultsCommand.Row("", Map.of(), line.key(),
                command.actual(), command.judgement(), command.score(), command.deviationCause(), command.improvement()),
                findings);
        rejectIfAny(findings);
        return applied(new IndicatorResultRecordedEvent(id, line.key(), result));
    }

    /** A filled sheet read back: every row checked first, each problem reported at its cell; then all or none. */
    @CommandHandler
    public long handle(RecordIndicatorResultsCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        List<Finding> findings = new ArrayList<>();
        List<IndicatorResultRecordedEvent> recorded = new ArrayList<>();
        for (RecordIndicatorResultsCommand.Row row : command.rows()) {
            form().line(row.indicatorId()).ifPresentOrElse(
                    line -> Optional.ofNullable(checked(line, row, findings))
                            .ifPresent(result -> recorded.add(new IndicatorResultRecordedEvent(id, line.key(), result))),
                    () -> findings.add(new Finding(EvaluationCodes.LINE_NOT_FOUND, row.where("indicatorId"),
                            "自评表中没有该指标: " + row.indicatorId())));
        }
        rejectIfAny(findings);
        recorded.forEach(AggregateLifecycle::apply);
        return state.version();
    }

    @CommandHandler
    public long handle(RecordSpendingCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        if (command.spent() == null) {
            throw invalid(EvaluationCodes.ACTUAL_MISSING, "spent", "须填写已支出金额（万元）");
        }
        return applied(new SpendingRecordedEvent(id, command.spent()));
    }

    @CommandHandler
    public long handle(ChangeWeightsCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        rejectIfAny(EvaluationRules.checkWeights(command.weights()));
        return applied(new WeightsChangedEvent(id, command.weights()));
    }

    // ---- the life cycle

    @CommandHandler
    public long handle(SubmitSelfEvaluationCommand command, MetaData metaData) {
        requireEditableBy(metaData);
        List<Finding> blocking = EvaluationRules.blocking(form());
        if (!blocking.isEmpty()) {
            throw DeclarationRejectedException.conflict(EvaluationCodes.EVALUATION_SUBMISSION_BLOCKED,
                    "自评表有 " + blocking.size() + " 处错误，改正后才能提交", blocking);
        }
        Scorecard scorecard = scorecard();
        return applied(new SelfEvaluationSubmittedEvent(id, state.revision() + 1, scorecard.total(), scorecard.grade(),
                command.filer()));
    }

    @CommandHandler
    public long handle(PassSelfEvaluationCommand command, MetaData metaData) {
        requireReviewer(metaData, command.reviewer(), "审核通过");
        return applied(new SelfEvaluationPassedEvent(id, command.opinion(), command.reviewer()));
    }

    @CommandHandler
    public long handle(ReturnSelfEvaluationCommand command, MetaData metaData) {
        requireReviewer(metaData, command.reviewer(), "退回");
        if (command.opinion() == null || command.opinion().isBlank()) {
            throw invalid(LifecycleCodes.OPINION_REQUIRED, "opinion", "退回须填写审核意见");
        }
        return applied(new SelfEvaluationReturnedEvent(id, command.opinion(), command.reviewer()));
    }

    /** The reviewer's score is its own event: the unit's score stays as the unit gave it. */
    @CommandHandler
    public long handle(CorrectScoreCommand command, MetaData metaData) {
        requireReviewer(metaData, command.reviewer(), "更正得分");
        BigDecimal points = command.line() == null ? null : scorecard().pointsOf(command.line()).orElse(null);
        if (points == null) {
            throw DeclarationRejectedException.notFound(EvaluationCodes.LINE_NOT_FOUND,
                    "自评表中没有该项: " + command.line());
        }
        rejectIfAny(EvaluationRules.checkCorrection(points, command.score(), command.reason()));
        return applied(new ScoreCorrectedEvent(id, command.line(), command.score(), command.reason(), command.reviewer()));
    }

    private long applied(SelfEvaluationEvent event) {
        apply(event);
        return state.version();
    }

    // ---- the rules

    private void requireEditableBy(MetaData metaData) {
        requireFilerOf(form().unit().code(), metaData);
        if (!state.status().isEditable()) {
            throw DeclarationRejectedException.conflict(EvaluationCodes.EVALUATION_NOT_EDITABLE, "自评表当前状态为“"
                    + state.status().label() + "”，不能修改或提交；只有草稿或已退回的自评表可以");
        }
    }

    /** The performance section decides on a submitted self-evaluation, never on one it filed itself. */
    private void requireReviewer(MetaData metaData, PersonRef reviewer, String action) {
        if (!ActorMetaData.from(metaData).has(Role.PERFORMANCE_REVIEWER)) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.ROLE_REQUIRED, "只有监督绩效股可以" + action);
        }
        if (state.status() != EvaluationStatus.SUBMITTED) {
            throw DeclarationRejectedException.conflict(EvaluationCodes.EVALUATION_WRONG_STATUS, "自评表当前状态为“"
                    + state.status().label() + "”，不能" + action + "；须为“已提交”");
        }
        if (reviewer != null && reviewer.id() != null && (isSame(reviewer, state.filer()) || isSame(reviewer, state.submitter()))) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.OWN_FILING, "审核人不能审核本人填报的自评表");
        }
    }

    private static boolean isSame(PersonRef one, PersonRef other) {
        return other != null && one.id().equals(other.id());
    }

    /** A filer acts on their own unit only; a tenant admin on any. */
    private static void requireFilerOf(String unit, MetaData metaData) {
        ActorMetaData actor = ActorMetaData.from(metaData);
        if (actor.has(Role.TENANT_ADMIN)) {
            return;
        }
        if (!actor.has(Role.FILER)) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.ROLE_REQUIRED, "只有填报人可以填报自评表");
        }
        if (unit == null || !unit.equals(actor.unit())) {
            throw DeclarationRejectedException.forbidden(LifecycleCodes.OTHER_UNIT, "只能填报本单位的自评表");
        }
    }

    /**
     * The result a row records, checked against its line's target and points; null when its actual cannot be read.
     * Problems go to {@code findings}, each at the row's cell of its field.
     */
    private IndicatorResult checked(EvaluationLine line, RecordIndicatorResultsCommand.Row row, List<Finding> findings) {
        TargetValue actual;
        try {
            actual = row.actual() == null || row.actual().isBlank() ? null : TargetValue.parse(row.actual());
        } catch (IllegalArgumentException e) {
            String code = e instanceof CodedViolation coded ? coded.code() : EvaluationCodes.ACTUAL_NOT_A_NUMBER;
            findings.add(new Finding(code, row.where("actual"), e.getMessage()));
            return null;
        }
        IndicatorResult result = new IndicatorResult(actual, row.judgement(), row.score(), text(row.deviationCause()),
                text(row.improvement()));
        BigDecimal points = scorecard().pointsOf(line.key()).orElseThrow();
        EvaluationRules.checkResult(line.indicator(), points, result)
                .forEach(f -> findings.add(new Finding(f.code(), row.where(f.field()), f.message())));
        return result;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static void rejectIfAny(List<Finding> findings) {
        if (!findings.isEmpty()) {
            throw DeclarationRejectedException.invalid(findings);
        }
    }

    private static DeclarationRejectedException invalid(String code, String field, String message) {
        return new DeclarationRejectedException(INVALID, code, message, List.of(new Finding(code, field, message)));
    }

    // ---- state: assignment only

    @EventSourcingHandler
    void on(SelfEvaluationEvent event, @Timestamp Instant at) {
        if (event instanceof SelfEvaluationStartedEvent started) {
            id = started.evaluationId();
            state = EvaluationState.started(started);
            return;
        }
        state = state.apply(event, at);
    }

    private EvaluationForm form() {
        return state.form();
    }

    private Scorecard scorecard() {
        return state.scorecard();
    }
}
