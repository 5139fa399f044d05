package cn.jixiao.platform.security;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.platform.demo.DemoUsers;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints an HS256 development token, signed with JIXIAO_DEV_JWT_SECRET (or the embedded default's secret).
 * <pre>
 *   dev-token filer                      a demo user (filer, business-reviewer, performance-reviewer, auditor,
 *                                        viewer, admin, operator)
 *   dev-token --sub u1 --name 张三 --tenant demo --roles FILER,VIEWER --unit 430412001 [--ttl PT12H]
 * </pre>
 */
public final class DevTokens {

    /** The same default as application.yml, so a fresh clone needs no configuration. */
    static final String DEFAULT_SECRET = "jixiao-development-secret-change-me-0123456789";

    private DevTokens() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(token(claims(args), secret()));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: dev-token <preset> | --sub ID --name NAME --tenant TENANT --roles R1,R2 [--unit CODE] [--ttl PT12H]");
            System.exit(2);
        }
    }

    static String secret() {
        String secret = System.getenv("JIXIAO_DEV_JWT_SECRET");
        return secret == null || secret.isBlank() ? DEFAULT_SECRET : secret;
    }

    public static String token(Map<String, Object> claims, String secret) {
        Instant now = Instant.now();
        Duration ttl = Duration.parse(String.valueOf(claims.getOrDefault("ttl", "PT12H")));
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        claims.forEach((name, value) -> {
            if (!"ttl".equals(name)) {
                set.claim(name, value);
            }
        });
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set.build());
            jwt.sign(new MACSigner(SecurityConfiguration.devKey(secret).getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the token", e);
        }
    }

    static Map<String, Object> claims(String[] args) {
        if (args.length == 1 && !args[0].startsWith("--")) {
            return DemoUsers.preset(args[0]).map(DevTokens::claimsOf)
                    .orElseThrow(() -> new IllegalArgumentException("unknown demo user: " + args[0]));
        }
        Map<String, Object> claims = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            claims.put(name, "roles".equals(name) ? roles(args[i + 1]) : args[i + 1]);
        }
        if (!claims.containsKey("sub") || !claims.containsKey("roles")) {
            throw new IllegalArgumentException("--sub and --roles are required");
        }
        return claims;
    }

    private static List<String> roles(String list) {
        List<String> roles = Arrays.stream(list.split(",")).map(String::trim).toList();
        roles.forEach(Role::valueOf);
        return roles;
    }

    public static Map<String, Object> claimsOf(DemoUsers.DemoUser user) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", user.sub());
        claims.put("name", user.name());
        claims.put("roles", user.roles().stream().map(Role::name).sorted().toList());
        if (user.tenant() != null) {
            claims.put("tenant", user.tenant());
        }
        if (user.unit() != null) {
            claims.put("unit", user.unit());
        }
        return claims;
    }
}
