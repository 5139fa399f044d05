package cn.jixiao.kernel.register;

import cn.jixiao.kernel.actor.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Say what a user may act on: name, roles, a filer's unit, a business reviewer's section. */
public record RecordUserCommand(@TargetAggregateIdentifier RegisterId registerId, UserId user, String name, Set<Role> roles, UnitCode unit, SectionId section) implements RegisterCommand {
}
