package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Unit;
import org.axonframework.eventhandling.EventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A monitoring form as its events have made it: the approved indicators with what was reported on them, the
 * budget execution, where it stands (status, submitter, reviews) and its version (events applied, the ETag). The
 * one fold of {@link MonitoringEvent}s: the aggregate decides on it, the read model stores it, time travel
 * replays it.
 */
public record MonitoringForm(MonitoringFormId id, MonitoringRoundId roundId, DeclarationId declarationId, int year,
                             int roundNumber, LocalDate cutOff, LightThresholds thresholds, Unit unit,
                             long declarationVersion, List<MonitoredIndicator> indicators, BudgetExecution budget,
                             MonitoringStatus status, PersonRef submitter, List<MonitoringReview> reviews,
                             List<String> adjustments, long version) {

    public MonitoringForm {
        indicators = List.copyOf(indicators);
        reviews = List.copyOf(reviews);
        adjustments = List.copyOf(adjustments);
    }

    public static MonitoringForm created(MonitoringFormCreatedEvent e) {
        return new MonitoringForm(e.formId(), e.roundId(), e.declarationId(), e.year(), e.roundNumber(), e.cutOff(),
                LightThresholds.orDefault(e.thresholds()), e.unit(), e.declarationVersion(),
                e.indicators().stream().map(MonitoredIndicator::planned).toList(),
                new BudgetExecution(e.budget(), null, ""), MonitoringStatus.DRAFT, null, List.of(), List.of(), 1);
    }

    /** Folds one event onto a form that may not exist yet (null until its created event). */
    public static MonitoringForm fold(MonitoringForm formOrNull, MonitoringEvent event, Instant at) {
        if (formOrNull == null) {
            return event instanceof MonitoringFormCreatedEvent created ? created(created) : null;
        }
        return formOrNull.apply(event, at);
    }

    /** Folds a stream as the event store hands it out; null when it holds no monitoring form. */
    public static MonitoringForm replay(Iterator<? extends EventMessage<?>> messages) {
        return replay(messages, Long.MAX_VALUE);
    }

    /** The form as of {@code version} (events applied), or the latest if the stream is shorter; null as above. */
    public static MonitoringForm replay(Iterator<? extends EventMessage<?>> messages, long version) {
        MonitoringForm form = null;
        while (messages.hasNext() && (form == null || form.version() < version)) {
            EventMessage<?> message = messages.next();
            if (message.getPayload() instanceof MonitoringEvent event) {
                form = fold(form, event, message.getTimestamp());
            }
        }
        return form;
    }

    /**
     * The form after {@code event}, which happened at {@code at}. Java 17 has no pattern switch: an instanceof
     * chain over the sealed {@link MonitoringEvent}, and a test applies every permitted subclass.
     */
    public MonitoringForm apply(MonitoringEvent event, Instant at) {
        if (event instanceof MonitoringFormCreatedEvent e) {
            return created(e);
        } else if (event instanceof IndicatorProgressReportedEvent e) {
            return with(indicators.stream()
                    .map(row -> row.indicatorId().equals(e.indicatorId()) ? row.reported(e) : row).toList(),
                    budget, status, submitter, reviews, adjustments);
        } else if (event instanceof BudgetExecutionReportedEvent e) {
            return with(indicators, budget.reported(e), status, submitter, reviews, adjustments);
        } else if (event instanceof MonitoringFormSubmittedEvent e) {
            return with(indicators, budget, MonitoringStatus.SUBMITTED, e.submitter(), reviews, adjustments);
        } else if (event instanceof MonitoringFormReturnedEvent e) {
            return with(indicators, budget, MonitoringStatus.RETURNED, submitter,
                    reviewed(MonitoringDecision.RETURN, e.opinion(), e.reviewer(), at), adjustments);
        } else if (event instanceof MonitoringFormAcceptedEvent e) {
            return with(indicators, budget, MonitoringStatus.ACCEPTED, submitter,
                    reviewed(MonitoringDecision.ACCEPT, e.opinion(), e.reviewer(), at), adjustments);
        } else if (event instanceof AdjustmentRequestedEvent e) {
            List<String> reasons = new ArrayList<>(adjustments);
            reasons.add(e.reason());
            return with(indicators, budget, status, submitter, reviews, reasons);
        }
        throw new IllegalStateException("MonitoringForm does not fold " + event.getClass().getSimpleName());
    }

    public Optional<MonitoredIndicator> indicator(IndicatorId indicatorId) {
        return indicators.stream().filter(row -> row.indicatorId().equals(indicatorId)).findFirst();
    }

    /** 时序进度 at the round's cut-off. */
    public BigDecimal timeElapsed() {
        return MonitoringLights.timeElapsed(year, cutOff);
    }

    public Light budgetLight() {
        return MonitoringLights.budget(budget.budget(), budget.spent(), timeElapsed(), thresholds);
    }

    /** The unit's light: the worst of its indicators and its budget execution. */
    public Light unitLight() {
        return MonitoringLights.unit(Stream.concat(
                indicators.stream().map(row -> row.light(this)), Stream.of(budgetLight())));
    }

    public boolean hasRedLight() {
        return unitLight() == Light.RED;
    }

    private List<MonitoringReview> reviewed(MonitoringDecision decision, String opinion, PersonRef reviewer, Instant at) {
        List<MonitoringReview> list = new ArrayList<>(reviews);
        list.add(new MonitoringReview(decision, opinion == null ? "" : opinion, reviewer, at));
        return list;
    }

    private MonitoringForm with(List<MonitoredIndicator> newIndicators, BudgetExecution newBudget,
                                MonitoringStatus newStatus, PersonRef newSubmitter, List<MonitoringReview> newReviews,
                                List<String> newAdjustments) {
        return new MonitoringForm(id, roundId, declarationId, year, roundNumber, cutOff, thresholds, unit,
                declarationVersion, newIndicators, newBudget, newStatus, newSubmitter, newReviews, newAdjustments,
                version + 1);
    }
}
