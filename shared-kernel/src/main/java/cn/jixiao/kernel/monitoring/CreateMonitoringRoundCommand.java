package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.DeclarationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Record a round with the declarations it covers (sent by the opening, never over HTTP). */
public record CreateMonitoringRoundCommand(@TargetAggregateIdentifier MonitoringRoundId roundId, int year, int number, LocalDate cutOff, LightThresholds thresholds, List<DeclarationId> declarations, PersonRef openedBy) {
}
