package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.DeclarationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The performance section opened a monitoring round (绩效运行监控) of a year as of its cut-off date; {@code declarations} are those approved then, each of which got a form. */
@Revision("1")
public record MonitoringRoundOpenedEvent(MonitoringRoundId roundId, int year, int number, LocalDate cutOff, LightThresholds thresholds, List<DeclarationId> declarations, PersonRef openedBy) implements MonitoringRoundEvent {
}
