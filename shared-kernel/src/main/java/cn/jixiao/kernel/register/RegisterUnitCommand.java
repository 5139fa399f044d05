package cn.jixiao.kernel.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enter a unit in the register. {@code department} may be null; {@code kind} null means UNIT. */
public record RegisterUnitCommand(@TargetAggregateIdentifier RegisterId registerId, UnitCode unit, String name, UnitKind kind, UnitCode department, SectionId section) implements RegisterCommand {
}
