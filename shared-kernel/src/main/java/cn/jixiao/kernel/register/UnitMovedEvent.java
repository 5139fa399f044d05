package cn.jixiao.kernel.register;

import org.axonframework.serialization.Revision;

/** The budget of a unit passed to another business section. */
@Revision("1")
public record UnitMovedEvent(RegisterId registerId, UnitCode unit, SectionId from, SectionId to) implements RegisterEvent {
}
