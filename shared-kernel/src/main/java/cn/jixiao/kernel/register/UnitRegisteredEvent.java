package cn.jixiao.kernel.register;

import org.axonframework.serialization.Revision;

/** A budget unit entered the register: its code, name, kind, competent department (null: none) and the business section that owns its budget. */
@Revision("1")
public record UnitRegisteredEvent(RegisterId registerId, UnitCode unit, String name, UnitKind kind, UnitCode department, SectionId section) implements RegisterEvent {
}
