package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.AdjustmentStartedEvent;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
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
 */
public record DashboardContribution(String declarationId, int year, long seq, DeclarationStatus status,
                                    BudgetFigures budget, List<IndicatorSlot> indicators, List<String> warnings,
                                    Instant lastSubmittedAt, Long turnaroundSeconds) {

    public DashboardContribution {
        indicators = List.copyOf(indicators);
        warnings = List.copyOf(warnings);
    }

    /** One indicator of the form, so a revision or removal can find its category again. */
    public record IndicatorSlot(String goalId, String indicatorId, String category) {
    }

    public static DashboardContribution created(DeclarationCreatedEvent e, long seq) {
        return new DashboardContribution(e.declarationId().value(), e.year(), seq, DeclarationStatus.DRAFT,
                BudgetFigures.ZERO, List.of(), List.of(), null, null);
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
        return withStatus(statusAfter(event));
    }

    private DeclarationStatus statusAfter(DeclarationEvent event) {
        if (event instanceof BusinessReviewPassedEvent) {
            return DeclarationStatus.BUSINESS_REVIEWED;
        } else if (event instanceof DeclarationReturnedEvent) {
            return DeclarationStatus.RETURNED;
        } else if (event instanceof ApprovedOnPaperRecordedEvent) {
            return DeclarationStatus.APPROVED;
        } else if (event instanceof AdjustmentStartedEvent) {
            return DeclarationStatus.ADJUSTING;
        }
        return status;
    }

    private DashboardContribution submitted(DeclarationSubmittedEvent e, Instant at) {
        List<String> codes = e.warnings() == null ? List.of() : e.warnings().stream().map(Finding::code).toList();
        return new DashboardContribution(declarationId, year, seq, DeclarationStatus.SUBMITTED, budget, indicators,
                codes, at, turnaroundSeconds);
    }

    private DashboardContribution approved(Instant at) {
        Long turnaround = lastSubmittedAt == null || at == null
                ? turnaroundSeconds : Duration.between(lastSubmittedAt, at).toSeconds();
        return new DashboardContribution(declarationId, year, seq, DeclarationStatus.APPROVED, budget, indicators,
                warnings, lastSubmittedAt, turnaround);
    }

    private DashboardContribution atSeq(long newSeq) {
        return new DashboardContribution(declarationId, year, newSeq, status, budget, indicators, warnings,
                lastSubmittedAt, turnaroundSeconds);
    }

    private DashboardContribution withStatus(DeclarationStatus newStatus) {
        return new DashboardContribution(declarationId, year, seq, newStatus, budget, indicators, warnings,
                lastSubmittedAt, turnaroundSeconds);
    }

    private DashboardContribution withBudget(BudgetFigures newBudget) {
        return new DashboardContribution(declarationId, year, seq, status, newBudget, indicators, warnings,
                lastSubmittedAt, turnaroundSeconds);
    }

    private DashboardContribution withIndicators(List<IndicatorSlot> newIndicators) {
        return new DashboardContribution(declarationId, year, seq, status, budget, newIndicators, warnings,
                lastSubmittedAt, turnaroundSeconds);
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
