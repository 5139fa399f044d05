package cn.jixiao.kernel.register;

import org.axonframework.serialization.Revision;

/** A unit took a new name; the former one stays known (forms of past years carry it). */
@Revision("1")
public record UnitRenamedEvent(RegisterId registerId, UnitCode unit, String formerName, String name) implements RegisterEvent {
}
