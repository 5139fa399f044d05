package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.platform.security.DevTokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Development tokens for tests, signed with the test secret. */
public final class Tokens {

    /** The same as application-test.yml. */
    static final String SECRET = "jixiao-test-suite-secret-not-for-any-service-0123456789";

    private Tokens() {
    }

    public static String of(String tenant, String sub, String unit, Role... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", sub);
        claims.put("name", "测试用户" + sub);
        claims.put("roles", Arrays.stream(roles).map(Role::name).toList());
        if (tenant != null) {
            claims.put("tenant", tenant);
        }
        if (unit != null) {
            claims.put("unit", unit);
        }
        return DevTokens.token(claims, SECRET);
    }

    public static String operator() {
        return of(null, "operator", null, Role.PLATFORM_OPERATOR);
    }

    public static String withClaims(Map<String, Object> claims) {
        return DevTokens.token(claims, SECRET);
    }

    /** Exactly these claims, nothing added (no exp or iat unless given), signed HS256 with the test secret. */
    public static String signedAsIs(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Role> readers() {
        return List.of(Role.AUDITOR, Role.VIEWER, Role.BUSINESS_REVIEWER, Role.PERFORMANCE_REVIEWER, Role.TENANT_ADMIN);
    }
}
