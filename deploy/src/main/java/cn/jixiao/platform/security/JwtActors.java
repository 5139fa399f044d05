package cn.jixiao.platform.security;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads the actor from the token's claims (api.md): sub, name, tenant, roles, unit. */
public final class JwtActors {

    private JwtActors() {
    }

    public static Actor toActor(Jwt jwt) {
        Set<Role> roles = roles(jwt);
        return new Actor(jwt.getSubject(), name(jwt), roles, tenant(jwt, roles), jwt.getClaimAsString("unit"));
    }

    static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String claim : roleClaims(jwt)) {
            Arrays.stream(Role.values()).filter(r -> r.name().equals(claim)).forEach(roles::add);
        }
        return roles;
    }

    private static Collection<String> roleClaims(Jwt jwt) {
        Object claim = jwt.getClaims().get("roles");
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim).split("[,\\s]+"));
    }

    private static String name(Jwt jwt) {
        String name = jwt.getClaimAsString("name");
        return name == null || name.isBlank() ? jwt.getSubject() : name;
    }

    /** A platform operator's tenant claim is ignored (api.md); a malformed tenant claim means no tenant. */
    private static TenantId tenant(Jwt jwt, Set<Role> roles) {
        String claim = jwt.getClaimAsString("tenant");
        if (roles.contains(Role.PLATFORM_OPERATOR) || claim == null) {
            return null;
        }
        try {
            return TenantId.of(claim);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
