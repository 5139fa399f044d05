package cn.jixiao.kernel.register;

import org.axonframework.serialization.Revision;

/** A unit was closed (merged, dissolved): it files no more declarations; its past ones remain. */
@Revision("1")
public record UnitClosedEvent(RegisterId registerId, UnitCode unit, String reason) implements RegisterEvent {
}
