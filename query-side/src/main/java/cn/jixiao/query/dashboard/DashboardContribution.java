package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.ProjectFundsUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationLife;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.GoalRemovedEvent;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorRemovedEvent;
import cn.jixiao.kernel.declaration.IndicatorRevisedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one declaration adds to the dashboard of its year, as of event {@code seq} of its stream.
 *
 * @param lastSubmittedAt   when the revision now under review (or last reviewed) was submitted
 * @param turnaroundSeconds from the last submit to the latest approval; null until approved after a submit
 *                          (a form recorded as approved on paper was never reviewed here)
 * @param project           a project form's competent department and funds; null for a department-wide form
 */
public record DashboardContribution(String declarationId, int year, long seq, DeclarationStatus status,
                                    BudgetFigures budget, List<IndicatorSlot> indicators, List<String> warnings,
                                    Instant lastSubmittedAt, Long turnaroundSeconds, ProjectSlot project) {

    /** What a project form adds: its competent department (as the form names it; "" unnamed) and its funds. */
    public record ProjectSlot(String department, Amount funds) {
        static final ProjectSlot EMPTY = new ProjectSlot("", Amount.ZERO);
    }

    public DeclarationKind kind() {
        return project == null ? DeclarationKind.DEPARTMENT : DeclarationKind.PROJECT;
    }

    public DashboardContribution {
        indicators = List.copyOf(indicators);
        warnings = List.copyOf(warnings);
    }

    /** One indicator of the form, so a revision or removal can find its category again. */
    public record IndicatorSlot(String goalId, String indicatorId, String category) {
    }

    public static DashboardContribution created(DeclarationCreatedEvent e, long seq) {
        return new DashboardContribution(e.declarationId().value(), e.year(), seq, DeclarationStatus.DRAFT,
                BudgetFigures.ZERO, List.of(), List.of(), null, null,
                e.kind() == DeclarationKind.PROJECT ? ProjectSlot.EMPTY : null);
    }

    /** "OUTPUT/QUANTITY": the level-1 and level-2 codes of an indicator. */
    public static String category(Object level1, Object level2) {
        return level1 + "/" + level2;
    }

    /** The contribution after {@code event}, number {@code seq} of the stream, recorded at {@code at}. */
    public DashboardContribution apply(DeclarationEvent event, long seq, Instant at) {
        return changedBy(event, at).atSeq(seq);
    }

    /** Only the budget, the indicators and the life cycle show on the dashboard; texts and goals do not. */
    private DashboardContribution changedBy(DeclarationEvent event, Instant at) {
        if (event instanceof DeclarationCreatedEvent e) {
            return created(e, seq);
        } else if (event instanceof ProjectInfoUpdatedEvent e && project != null && e.info() != null) {
            return withProject(new ProjectSlot(e.info().competentDepartment(), project.funds()));
        } else if (event instanceof ProjectFundsUpdatedEvent e && project != null && e.funds() != null) {
            return withProject(new ProjectSlot(project.department(), e.funds().total()));
        } else if (event instanceof BudgetUpdatedEvent e) {
            return withBudget(BudgetFigures.of(e.income(), e.expenditure(), e.threePublic()));
        } else if (event instanceof IndicatorAddedEvent e) {
            return withIndicators(added(new IndicatorSlot(e.goalId().value(), e.indicatorId().value(),
                    category(e.level1(), e.level2()))));
        } else if (event instanceof IndicatorRevisedEvent e) {
            return withIndicators(indicators.stream()
                    .map(slot -> slot.indicatorId().equals(e.indicatorId().value())
                            ? new IndicatorSlot(slot.goalId(), slot.indicatorId(), category(e.level1(), e.level2()))
                            : slot)
                    .toList());
        } else if (event instanceof IndicatorRemovedEvent e) {
            return withIndicators(without(slot -> slot.indicatorId().equals(e.indicatorId().value())));
        } else if (event instanceof GoalRemovedEvent e) {
            return withIndicators(without(slot -> slot.goalId().equals(e.goalId().value())));
        } else if (event instanceof DeclarationSubmittedEvent e) {
            return submitted(e, at);
        } else if (event instanceof DeclarationApprovedEvent) {
            return approved(at);
        }
        return withStatus(DeclarationLife.statusAfter(status, event));
    }

    private DashboardContribution submitted(DeclarationSubmittedEvent e, Instant at) {
        List<String> codes = e.warnings() == null ? List.of() : e.warnings().stream().map(Finding::code).toList();
        return new DashboardContribution(declarationId, year, seq, DeclarationStatus.SUBMITTED, budget, indicators,
                codes, at, turnaroundSeconds, project);
    }

    private DashboardContribution approved(Instant at) {
        Long turnaround = lastSubmittedAt == null || at == null
                ? turnaroundSeconds : Duration.between(lastSubmittedAt, at).toSeconds();
        return new DashboardContribution(declarationId, year, seq, DeclarationStatus.APPROVED, budget, indicators,
                warnings, lastSubmittedAt, turnaround, project);
    }

    private DashboardContribution atSeq(long newSeq) {
        return new DashboardContribution(declarationId, year, newSeq, status, budget, indicators, warnings,
                lastSubmittedAt, turnaroundSeconds, project);
    }

    private DashboardContribution withStatus(DeclarationStatus newStatus) {
        return new DashboardContribution(declarationId, year, seq, newStatus, budget, indicators, warnings,
                lastSubmittedAt, turnaroundSeconds, project);
    }

    private DashboardContribution withBudget(BudgetFigures newBudget) {
        return new DashboardContribution(declarationId, year, seq, status, newBudget, indicators, warnings,
                lastSubmittedAt, turnaroundSeconds, project);
    }

    private DashboardContribution withIndicators(List<IndicatorSlot> newIndicators) {
        return new DashboardContribution(declarationId, year, seq, status, budget, newIndicators, warnings,
                lastSubmittedAt, turnaroundSeconds, project);
    }

    private DashboardContribution withProject(ProjectSlot newProject) {
        return new DashboardContribution(declarationId, year, seq, status, budget, indicators, warnings,
                lastSubmittedAt, turnaroundSeconds, newProject);
    }

    private List<IndicatorSlot> added(IndicatorSlot slot) {
        List<IndicatorSlot> list = new ArrayList<>(indicators);
        list.add(slot);
        return list;
    }

    private List<IndicatorSlot> without(Predicate<IndicatorSlot> removed) {
        return indicators.stream().filter(removed.negate()).toList();
    }
}
