package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.DeclarationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Build a declaration's monitoring form of a round from its approved revision (sent by the opening). */
public record CreateMonitoringFormCommand(@TargetAggregateIdentifier MonitoringFormId formId, MonitoringRoundId roundId, DeclarationId declarationId, int year, int roundNumber, LocalDate cutOff, LightThresholds thresholds) implements MonitoringCommand {
}
