package cn.jixiao.kernel.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a unit: it files no more declarations. */
public record CloseUnitCommand(@TargetAggregateIdentifier RegisterId registerId, UnitCode unit, String reason) implements RegisterCommand {
}
