package cn.jixiao.command.declaration;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.rules.PreviousTargets;

/**
 * The same unit's approved targets of the year before, for the "weaker than last year" warning at submission.
 * An Axon component injected into the submit handler; {@link cn.jixiao.command.CommandSideModule} registers
 * the event-store implementation.
 */
@FunctionalInterface
public interface PreviousYearTargets {

    PreviousYearTargets NONE = form -> PreviousTargets.NONE;

    PreviousTargets before(DeclarationForm form);
}
