package cn.jixiao.command.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationState;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.monitoring.AdjustmentRequestedEvent;
import cn.jixiao.kernel.monitoring.BudgetExecutionReportedEvent;
import cn.jixiao.kernel.monitoring.CreateMonitoringFormCommand;
import cn.jixiao.kernel.monitoring.IndicatorProgressReportedEvent;
import cn.jixiao.kernel.monitoring.LightThresholds;
import cn.jixiao.kernel.monitoring.MonitoredIndicator;
import cn.jixiao.kernel.monitoring.MonitoringCodes;
import cn.jixiao.kernel.monitoring.MonitoringEvent;
import cn.jixiao.kernel.monitoring.MonitoringForm;
import cn.jixiao.kernel.monitoring.MonitoringFormAcceptedEvent;
import cn.jixiao.kernel.monitoring.MonitoringFormCreatedEvent;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringFormReturnedEvent;
import cn.jixiao.kernel.monitoring.MonitoringFormSubmittedEvent;
import cn.jixiao.kernel.monitoring.MonitoringRejectedException;
import cn.jixiao.kernel.monitoring.MonitoringRules;
import cn.jixiao.kernel.monitoring.MonitoringStatus;
import cn.jixiao.kernel.monitoring.PlannedIndicator;
import cn.jixiao.kernel.monitoring.RecordAdjustmentRequestCommand;
import cn.jixiao.kernel.monitoring.ReportBudgetExecutionCommand;
import cn.jixiao.kernel.monitoring.ReportIndicatorProgressCommand;
import cn.jixiao.kernel.monitoring.ReviewMonitoringFormCommand;
import cn.jixiao.kernel.monitoring.SubmitMonitoringFormCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One declaration's monitoring form in one round. Its state is the kernel's {@link MonitoringForm}, so the
 * aggregate decides on exactly what every reader shows (lights included). The unit's filer reports and submits;
 * the performance section returns it with an opinion or accepts it, which is final for the round. Every command
 * handler answers the form's new version (the ETag).
 */
public class Monitoring {

    @AggregateIdentifier
    private MonitoringFormId id;
    private MonitoringForm form;

    protected Monitoring() {
        // for Axon
    }

    /** Built from the revision approved when the round opened: indicator ids, targets and the year's budget kept. */
    @CommandHandler
    public Monitoring(CreateMonitoringFormCommand command, MetaData metaData, ApprovedDeclarations declarations) {
        Permissions.requireRole(metaData, Role.PERFORMANCE_REVIEWER, "开启绩效运行监控");
        DeclarationState declaration = declarations.approved(command.declarationId())
                .filter(state -> state.form().year() == command.year())
                .orElseThrow(() -> MonitoringRejectedException.conflict(MonitoringCodes.NO_APPROVED_DECLARATION,
                        "申报表 " + command.declarationId() + " 尚未批复，不能开展绩效运行监控"));
        DeclarationForm approved = declaration.life().lastApproved().orElseThrow();
        apply(new MonitoringFormCreatedEvent(command.formId(), command.roundId(), command.declarationId(),
                command.year(), command.roundNumber(), command.cutOff(), LightThresholds.orDefault(command.thresholds()),
                approved.unit(), declaration.version(), planned(approved), approved.expenditure().total()));
    }

    @CommandHandler
    public long handle(ReportIndicatorProgressCommand command, MetaData metaData) {
        requireEditableBy(metaData, "填报");
        MonitoredIndicator row = requireIndicator(command.indicatorId());
        rejectIfAny(MonitoringRules.checkProgressInput(row.target(), command.progress(), command.forecast()));
        return applied(new IndicatorProgressReportedEvent(id, command.indicatorId(), command.progress(),
                command.forecast(), command.outlook(), command.cause(), command.explanation(), command.action(),
                command.filer()));
    }

    @CommandHandler
    public long handle(ReportBudgetExecutionCommand command, MetaData metaData) {
        requireEditableBy(metaData, "填报");
        return applied(new BudgetExecutionReportedEvent(id, command.spent(), command.measures(), command.filer()));
    }

    @CommandHandler
    public long handle(SubmitMonitoringFormCommand command, MetaData metaData) {
        requireEditableBy(metaData, "提交");
        requireNothingBlocking();
        return applied(new MonitoringFormSubmittedEvent(id, command.submitter()));
    }

    @CommandHandler
    public long handle(ReviewMonitoringFormCommand command, MetaData metaData) {
        Permissions.requireRole(metaData, Role.PERFORMANCE_REVIEWER, "审核监控表");
        requireStatus(MonitoringStatus.SUBMITTED, "审核");
        requireNotOwnFiling(command.reviewer());
        if (command.decision() == null) {
            throw MonitoringRejectedException.invalid(MonitoringCodes.DECISION_INVALID, "decision",
                    "须选择退回（RETURN）或审核通过（ACCEPT）");
        }
        return switch (command.decision()) {
            case RETURN -> {
                requireText(command.opinion(), MonitoringCodes.OPINION_REQUIRED, "opinion", "退回须填写审核意见");
                yield applied(new MonitoringFormReturnedEvent(id, command.opinion(), command.reviewer()));
            }
            case ACCEPT -> applied(new MonitoringFormAcceptedEvent(id, command.opinion(), command.reviewer()));
        };
    }

    /** Only a red light is a reason to reopen the approved targets from the monitoring form. */
    @CommandHandler
    public long handle(RecordAdjustmentRequestCommand command, MetaData metaData) {
        Permissions.requireFilerOf(form.unit().code(), metaData);
        requireText(command.reason(), MonitoringCodes.REASON_REQUIRED, "reason", "发起调整须填写调整原因");
        if (!form.hasRedLight()) {
            throw MonitoringRejectedException.conflict(MonitoringCodes.NO_RED_LIGHT,
                    "监控表没有红灯指标：只有亮红灯时才能从监控表发起调整");
        }
        return applied(new AdjustmentRequestedEvent(id, form.declarationId(), command.reason(), command.filer()));
    }

    private long applied(MonitoringEvent event) {
        apply(event);
        return form.version();
    }

    // ---- the rules, one named method each

    private void requireEditableBy(MetaData metaData, String action) {
        Permissions.requireFilerOf(form.unit().code(), metaData);
        if (!form.status().isEditable()) {
            throw MonitoringRejectedException.conflict(MonitoringCodes.NOT_EDITABLE, "监控表当前状态为“"
                    + form.status().label() + "”，不能" + action + "；只有填报中或已退回的监控表可以" + action);
        }
    }

    private void requireStatus(MonitoringStatus expected, String action) {
        if (form.status() != expected) {
            throw MonitoringRejectedException.conflict(MonitoringCodes.WRONG_STATUS, "监控表当前状态为“"
                    + form.status().label() + "”，不能" + action + "；须为“" + expected.label() + "”");
        }
    }

    private void requireNotOwnFiling(PersonRef reviewer) {
        if (Permissions.samePerson(reviewer, form.submitter())) {
            throw MonitoringRejectedException.forbidden(MonitoringCodes.OWN_FILING, "审核人不能审核本人提交的监控表");
        }
    }

    private void requireNothingBlocking() {
        List<Finding> findings = MonitoringRules.blockingSubmission(form);
        if (!findings.isEmpty()) {
            throw MonitoringRejectedException.conflict(MonitoringCodes.SUBMISSION_BLOCKED,
                    "监控表有 " + findings.size() + " 处须补充，补充后才能提交", findings);
        }
    }

    private MonitoredIndicator requireIndicator(IndicatorId indicatorId) {
        return form.indicator(indicatorId).orElseThrow(() -> MonitoringRejectedException.notFound(
                MonitoringCodes.INDICATOR_NOT_FOUND, "监控表中没有该指标: " + indicatorId));
    }

    private static void requireText(String text, String code, String field, String message) {
        if (text == null || text.isBlank()) {
            throw MonitoringRejectedException.invalid(code, field, message);
        }
    }

    private static void rejectIfAny(List<Finding> findings) {
        if (!findings.isEmpty()) {
            throw MonitoringRejectedException.invalid(findings);
        }
    }

    private static List<PlannedIndicator> planned(DeclarationForm approved) {
        return approved.goals().stream().flatMap(goal -> goal.indicators().stream().map(indicator ->
                new PlannedIndicator(goal.id(), goal.description(), indicator.id(), indicator.level1(),
                        indicator.level2(), indicator.name(), indicator.target()))).toList();
    }

    // ---- state: only assignment

    @EventSourcingHandler
    void on(MonitoringEvent event, @Timestamp Instant at) {
        if (event instanceof MonitoringFormCreatedEvent created) {
            id = created.formId();
        }
        form = MonitoringForm.fold(form, event, at);
    }
}
