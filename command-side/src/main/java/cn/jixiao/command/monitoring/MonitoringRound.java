package cn.jixiao.command.monitoring;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.monitoring.CreateMonitoringRoundCommand;
import cn.jixiao.kernel.monitoring.LightThresholds;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.kernel.monitoring.MonitoringRoundOpenedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A monitoring round of one year (绩效运行监控): its number, cut-off and light thresholds. Its id is name-based
 * on year and number, so the event store's unique stream refuses a second round of the same year and number.
 */
public class MonitoringRound {

    @AggregateIdentifier
    private MonitoringRoundId id;

    protected MonitoringRound() {
        // for Axon
    }

    @CommandHandler
    public MonitoringRound(CreateMonitoringRoundCommand command, MetaData metaData) {
        Permissions.requireRole(metaData, Role.PERFORMANCE_REVIEWER, "开启绩效运行监控");
        apply(new MonitoringRoundOpenedEvent(command.roundId(), command.year(), command.number(), command.cutOff(),
                LightThresholds.orDefault(command.thresholds()), command.declarations(), command.openedBy()));
    }

    @EventSourcingHandler
    void on(MonitoringRoundOpenedEvent event) {
        id = event.roundId();
    }
}
