package cn.jixiao.command.monitoring;

import cn.jixiao.command.register.EventStoreRegister;
import cn.jixiao.command.register.TenantRegister;
import org.axonframework.config.Configurer;

/**
 * What mid-year monitoring contributes to each tenant's Axon configuration (called from
 * {@link cn.jixiao.command.CommandSideModule}): the round and form aggregates, the handlers that open a round and
 * start an adjustment from a red light, and the {@link ApprovedDeclarations} they read. Like the import, the
 * nested commands need the default {@code SimpleCommandBus}, which handles on the sending thread.
 */
public final class MonitoringModule {

    private MonitoringModule() {
    }

    public static void configure(Configurer configurer) {
        configurer.registerComponent(ApprovedDeclarations.class, config -> new EventStoreApprovedDeclarations(
                config.eventStore(), config.getComponent(TenantRegister.class,
                () -> new EventStoreRegister(config.eventStore()))));
        configurer.configureAggregate(MonitoringRound.class);
        configurer.configureAggregate(Monitoring.class);
        configurer.registerCommandHandler(config -> new MonitoringRoundOpener(config.commandGateway(),
                config.getComponent(ApprovedDeclarations.class), config.eventStore()));
        configurer.registerCommandHandler(config -> new MonitoringAdjustments(config.commandGateway()));
        configurer.registerCommandHandler(config -> new MonitoringSheetImporter(config.commandGateway()));
    }
}
