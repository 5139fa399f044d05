package cn.jixiao.kernel.actor;

import cn.jixiao.kernel.tenant.TenantId;

import java.util.Set;

/**
 * Who sends a request, as the token says. {@code tenant} is null only for a platform operator;
 * {@code unitCode} is set for filers.
 */
public record Actor(String id, String name, Set<Role> roles, TenantId tenant, String unitCode) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public PersonRef asPerson() {
        return new PersonRef(id, name);
    }
}
