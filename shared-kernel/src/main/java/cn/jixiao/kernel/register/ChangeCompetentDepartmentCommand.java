package cn.jixiao.kernel.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a unit under another competent department (null: none). */
public record ChangeCompetentDepartmentCommand(@TargetAggregateIdentifier RegisterId registerId, UnitCode unit, UnitCode department) implements RegisterCommand {
}
