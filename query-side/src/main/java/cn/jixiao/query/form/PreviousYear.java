package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.rules.PreviousTargets;
import cn.jixiao.kernel.evaluation.LastYear;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The same unit's approved targets of the previous year, with the actual results of its passed self-evaluation,
 * for the "weaker than last year" warnings of the validation preview: last year's streams folded by the kernel
 * ({@code DeclarationLife.approvedTargets}, {@code EvaluationState.passedActuals}), exactly as the submission
 * computes them, so the preview and the warnings a submission records never disagree. The streams are read by
 * their keys (ids are derived from unit, year and kind).
 */
final class PreviousYear {

    private PreviousYear() {
    }

    static PreviousTargets targets(EventStore eventStore, FormView form) {
        return LastYear.of(FormState.of(form).form(), id -> eventStore.readEvents(id, 0));
    }
}
