package cn.jixiao.kernel.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Set up a business section, or rename it. */
public record DefineSectionCommand(@TargetAggregateIdentifier RegisterId registerId, SectionId section, String name) implements RegisterCommand {
}
