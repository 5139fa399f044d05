package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Unit;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A unit's monitoring form of a round, built from the revision of its declaration approved when the round opened: every indicator with its id and target, and the year's budget. */
@Revision("1")
public record MonitoringFormCreatedEvent(MonitoringFormId formId, MonitoringRoundId roundId, DeclarationId declarationId, int year, int roundNumber, LocalDate cutOff, LightThresholds thresholds, Unit unit, long declarationVersion, List<PlannedIndicator> indicators, Amount budget) implements MonitoringEvent {
}
