package cn.jixiao.command.monitoring;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.monitoring.CreateMonitoringFormCommand;
import cn.jixiao.kernel.monitoring.CreateMonitoringRoundCommand;
import cn.jixiao.kernel.monitoring.LightThresholds;
import cn.jixiao.kernel.monitoring.MonitoringCodes;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringRejectedException;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.kernel.monitoring.MonitoringRules;
import cn.jixiao.kernel.monitoring.OpenMonitoringRoundCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.util.List;

/**
 * Opens a round: finds the year's approved declarations, records the round with them and builds each one's form,
 * sending the commands from inside the handling of {@link OpenMonitoringRoundCommand}. As with the import, Axon
 * stages the events of the nested units of work on this one, so the round and all its forms are appended together
 * when it commits, or none of them (a second opening of the same round fails on the round's unique stream).
 */
public class MonitoringRoundOpener {

    /** What an opening answers: the round and how many forms it built. */
    public record OpenedRound(MonitoringRoundId roundId, int forms) {
    }

    private final CommandGateway commandGateway;
    private final ApprovedDeclarations declarations;
    private final EventStore eventStore;

    public MonitoringRoundOpener(CommandGateway commandGateway, ApprovedDeclarations declarations, EventStore eventStore) {
        this.commandGateway = commandGateway;
        this.declarations = declarations;
        this.eventStore = eventStore;
    }

    @CommandHandler
    public OpenedRound handle(OpenMonitoringRoundCommand command, MetaData metaData) {
        Permissions.requireRole(metaData, Role.PERFORMANCE_REVIEWER, "开启绩效运行监控");
        List<Finding> findings = MonitoringRules.checkRoundInput(command.year(), command.number(), command.cutOff());
        if (!findings.isEmpty()) {
            throw MonitoringRejectedException.invalid(findings);
        }
        requireNewRound(command.roundId());
        List<DeclarationId> approved = declarations.ofYear(command.year());
        if (approved.isEmpty()) {
            throw MonitoringRejectedException.conflict(MonitoringCodes.NO_APPROVED_DECLARATION,
                    command.year() + " 年度没有已批复的申报表，无法开展绩效运行监控");
        }
        LightThresholds thresholds = LightThresholds.orDefault(command.thresholds());
        send(new CreateMonitoringRoundCommand(command.roundId(), command.year(), command.number(), command.cutOff(),
                thresholds, approved, command.openedBy()), metaData);
        for (DeclarationId declaration : approved) {
            send(new CreateMonitoringFormCommand(MonitoringFormId.of(command.roundId(), declaration), command.roundId(),
                    declaration, command.year(), command.number(), command.cutOff(), thresholds), metaData);
        }
        return new OpenedRound(command.roundId(), approved.size());
    }

    /**
     * Refused early, before any form is built; two openings racing still meet on the round's unique stream when
     * they append, and only one wins.
     */
    private void requireNewRound(MonitoringRoundId roundId) {
        if (eventStore.readEvents(roundId.value(), 0).hasNext()) {
            throw roundExists();
        }
    }

    public static MonitoringRejectedException roundExists() {
        return MonitoringRejectedException.conflict(MonitoringCodes.ROUND_EXISTS, "该年度该轮次的绩效运行监控已开启");
    }

    private void send(Object command, MetaData metaData) {
        // the actor's metadata goes on each command: the aggregates authorize by it
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
