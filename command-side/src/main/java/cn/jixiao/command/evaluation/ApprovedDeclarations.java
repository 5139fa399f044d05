package cn.jixiao.command.evaluation;

import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationState;

import java.util.Optional;

/**
 * A declaration as its events have made it, for the self-evaluation to start from its approved revision. An Axon
 * component injected into the start handler; {@link EvaluationModule} registers the event-store implementation.
 */
@FunctionalInterface
public interface ApprovedDeclarations {

    Optional<DeclarationState> of(DeclarationId declarationId);
}
