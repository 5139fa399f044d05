package cn.jixiao.kernel.register;

import cn.jixiao.kernel.actor.Role;

import java.util.Set;

/** What a user may act on: roles, the unit of a filer, the section of a business reviewer (null when none). */
public record RegisteredUser(UserId id, String name, Set<Role> roles, UnitCode unit, SectionId section) {

    public RegisteredUser {
        roles = Set.copyOf(roles);
    }
}
