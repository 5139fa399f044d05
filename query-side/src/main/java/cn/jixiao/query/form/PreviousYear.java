package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.DeclarationState;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The same unit's approved targets of the previous year, for the "weaker than last year" warning of the
 * validation preview: last year's stream folded by the kernel ({@code DeclarationLife.approvedTargets}), exactly
 * as the submission computes them, so the preview and the warnings a submission records never disagree. The
 * stream is read by its key (ids are derived from unit, year and kind).
 */
final class PreviousYear {

    private PreviousYear() {
    }

    static PreviousTargets targets(EventStore eventStore, FormView form) {
        return FormState.of(form).form().previousYearId()
                .map(previous -> DeclarationState.replay(eventStore.readEvents(previous.value(), 0)))
                .map(last -> last.life().approvedTargets())
                .orElse(PreviousTargets.NONE);
    }
}
