package cn.jixiao.command;

import cn.jixiao.command.declaration.Declaration;
import cn.jixiao.command.declaration.EventStorePreviousYearTargets;
import cn.jixiao.command.declaration.PreviousYearTargets;
import cn.jixiao.command.evaluation.EvaluationModule;
import cn.jixiao.command.monitoring.MonitoringModule;
import cn.jixiao.command.register.RegisterModule;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;

/**
 * What the command side contributes to each tenant's Axon configuration; deploy calls it once per tenant, on
 * a {@link Configurer} that already has that tenant's event store. Registers the {@link Declaration}
 * aggregate (snapshot every {@value #SNAPSHOT_EVERY_EVENTS} events) and the component its submit handler
 * needs to compare with last year's approved targets.
 */
public final class CommandSideModule {

    /** Long-lived declarations (adjustments, many edits) load from a snapshot instead of replaying everything. */
    public static final int SNAPSHOT_EVERY_EVENTS = 50;

    private CommandSideModule() {
    }

    /**
     * Snapshots the event store may hand to the repository: a {@link Declaration} snapshot of an older layout
     * would not deserialize into today's aggregate, so it is skipped and the stream replayed (the next trigger
     * stores a current one).
     */
    public static SnapshotFilter snapshotFilter() {
        String declaration = Declaration.class.getName();
        return snapshot -> !declaration.equals(snapshot.getPayload().getType().getName())
                || Declaration.SNAPSHOT_REVISION.equals(snapshot.getPayload().getType().getRevision());
    }

    public static void configure(Configurer configurer) {
        RegisterModule.configure(configurer);
        EvaluationModule.configure(configurer);
        MonitoringModule.configure(configurer);
        configurer.registerComponent(PreviousYearTargets.class,
                config -> new EventStorePreviousYearTargets(config.eventStore()));
        configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Declaration.class)
                        .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                                config.snapshotter(), SNAPSHOT_EVERY_EVENTS)));
    }
}
