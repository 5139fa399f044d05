package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.TargetValue;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A self-evaluation as its events have made it: the form, where it stands, the last submitted revision, who filed
 * it, the reviews, and the version (events applied, the ETag). The aggregate decides on it and every reader shows
 * it, so "is it passed?" and "what is its score?" have one answer.
 */
public record EvaluationState(EvaluationForm form, EvaluationStatus status, int revision, PersonRef filer,
                              PersonRef submitter, List<EvaluationReview> reviews, long version) {

    public EvaluationState {
        reviews = List.copyOf(reviews);
    }

    public static EvaluationState started(SelfEvaluationStartedEvent event) {
        return new EvaluationState(EvaluationForm.started(event), EvaluationStatus.DRAFT, 0, event.filer(), null,
                List.of(), 1);
    }

    /** Folds a stream as the event store hands it out; null when it holds no self-evaluation. */
    public static EvaluationState replay(Iterator<? extends EventMessage<?>> messages) {
        return replay(messages, Long.MAX_VALUE);
    }

    /** The state as of {@code version} (events applied), or the latest if the stream is shorter. */
    public static EvaluationState replay(Iterator<? extends EventMessage<?>> messages, long version) {
        EvaluationState state = null;
        while (messages.hasNext() && (state == null || state.version < version)) {
            EventMessage<?> message = messages.next();
            if (message.getPayload() instanceof SelfEvaluationEvent event) {
                state = fold(state, event, message.getTimestamp());
            }
        }
        return state;
    }

    public static EvaluationState fold(EvaluationState stateOrNull, SelfEvaluationEvent event, Instant at) {
        if (stateOrNull == null) {
            return event instanceof SelfEvaluationStartedEvent started ? started(started) : null;
        }
        return stateOrNull.apply(event, at);
    }

    public EvaluationState apply(SelfEvaluationEvent event, Instant at) {
        if (event instanceof SelfEvaluationStartedEvent started) {
            return started(started);
        }
        EvaluationForm next = form.apply(event);
        if (event instanceof SelfEvaluationSubmittedEvent e) {
            return new EvaluationState(next, EvaluationStatus.SUBMITTED, e.revision(), filer, e.filer(), reviews,
                    version + 1);
        } else if (event instanceof SelfEvaluationPassedEvent e) {
            return reviewed(next, EvaluationStatus.PASSED,
                    new EvaluationReview(EvaluationReview.Decision.PASS, e.opinion(), e.reviewer(), at));
        } else if (event instanceof SelfEvaluationReturnedEvent e) {
            return reviewed(next, EvaluationStatus.RETURNED,
                    new EvaluationReview(EvaluationReview.Decision.RETURN, e.opinion(), e.reviewer(), at));
        }
        return new EvaluationState(next, status, revision, filer, submitter, reviews, version + 1);
    }

    /**
     * The actual values by indicator name once the self-evaluation is passed (final), for next year's "weaker than
     * last year's result" warning; none before. The first indicator of a name wins, as the form reads.
     */
    public Map<String, TargetValue> passedActuals() {
        Map<String, TargetValue> actuals = new LinkedHashMap<>();
        if (status == EvaluationStatus.PASSED) {
            for (EvaluationLine line : form.lines()) {
                if (line.indicator().name() != null && line.result().actual() != null) {
                    actuals.putIfAbsent(line.indicator().name().strip(), line.result().actual());
                }
            }
        }
        return actuals;
    }

    public Scorecard scorecard() {
        return Scorecard.of(form);
    }

    private EvaluationState reviewed(EvaluationForm next, EvaluationStatus after, EvaluationReview review) {
        List<EvaluationReview> list = new ArrayList<>(reviews);
        list.add(review);
        return new EvaluationState(next, after, revision, filer, submitter, list, version + 1);
    }
}
