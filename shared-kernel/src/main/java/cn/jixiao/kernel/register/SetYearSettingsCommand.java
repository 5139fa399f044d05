package cn.jixiao.kernel.register;

import cn.jixiao.kernel.declaration.Edition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

/** Set the edition (2020 or 2021) of a year's forms and its review deadline (may be null). */
public record SetYearSettingsCommand(@TargetAggregateIdentifier RegisterId registerId, int year, Edition edition, LocalDate reviewDeadline) implements RegisterCommand {
}
