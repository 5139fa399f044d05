package cn.jixiao.command.evaluation;

import org.axonframework.config.Configurer;

/**
 * What the self-evaluation contributes to each tenant's Axon configuration (called from
 * {@link cn.jixiao.command.CommandSideModule}): the {@link SelfEvaluation} aggregate and the port its start reads
 * the declaration through.
 */
public final class EvaluationModule {

    private EvaluationModule() {
    }

    public static void configure(Configurer configurer) {
        configurer.registerComponent(ApprovedDeclarations.class,
                config -> new EventStoreApprovedDeclarations(config.eventStore()));
        configurer.configureAggregate(SelfEvaluation.class);
    }
}
