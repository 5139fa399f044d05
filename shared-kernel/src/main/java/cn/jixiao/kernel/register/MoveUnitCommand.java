package cn.jixiao.kernel.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pass a unit's budget to another business section. */
public record MoveUnitCommand(@TargetAggregateIdentifier RegisterId registerId, UnitCode unit, SectionId section) implements RegisterCommand {
}
