package cn.jixiao.kernel.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The unit register from a sheet, all rows or none: new codes are registered, known ones brought up to date. */
public record ImportUnitsCommand(@TargetAggregateIdentifier RegisterId registerId, List<RegisterUnitCommand> rows) implements RegisterCommand {
}
