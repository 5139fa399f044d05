package cn.jixiao.kernel.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a unit a new name, keeping the former one. */
public record RenameUnitCommand(@TargetAggregateIdentifier RegisterId registerId, UnitCode unit, String name) implements RegisterCommand {
}
