package cn.jixiao.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * How bearer tokens are validated. With {@code issuerUri} set, tokens of that OIDC issuer for {@code audience}
 * (production); otherwise HS256 tokens signed with {@code devJwtSecret} (the embedded default).
 *
 * @param issuerUri     the OIDC issuer whose tokens are accepted (its discovery document names the JWKS)
 * @param audience      production: a token must name at least one of these in {@code aud}
 * @param devJwtSecret  the HS256 secret of development tokens, used only without an issuer
 * @param clockSkew     how far the clocks of the issuer and of this service may differ (exp, nbf, iat)
 * @param jwsAlgorithms production: the asymmetric algorithms accepted; empty means those the issuer's JWKS
 *                      announces. Never a MAC algorithm: anyone holding a shared secret could sign
 * @param claims        where the provider puts the actor's roles, unit, tenant and name
 */
@ConfigurationProperties("jixiao.security")
public record SecuritySettings(String issuerUri, List<String> audience, String devJwtSecret,
                               @DefaultValue("60s") Duration clockSkew, List<String> jwsAlgorithms,
                               @DefaultValue Claims claims) {

    public SecuritySettings {
        audience = audience == null ? List.of() : audience.stream().filter(a -> !a.isBlank()).toList();
        jwsAlgorithms = jwsAlgorithms == null ? List.of() : jwsAlgorithms.stream().filter(a -> !a.isBlank()).toList();
        clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
        claims = claims == null ? Claims.STANDARD : claims;
    }

    /** The embedded default's settings: development tokens signed with {@code devJwtSecret}. */
    public static SecuritySettings development(String devJwtSecret) {
        return new SecuritySettings(null, null, devJwtSecret, null, null, null);
    }

    public boolean usesIssuer() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /**
     * The names of the claims that carry the actor, as the identity provider spells them. A dotted name reads a
     * nested claim ({@code realm_access.roles} in Keycloak). Provinces' providers name them differently; inside
     * the service they are always {@code roles}, {@code unit}, {@code tenant} and {@code name} (api.md).
     */
    public record Claims(@DefaultValue("roles") String roles, @DefaultValue("unit") String unit,
                         @DefaultValue("tenant") String tenant, @DefaultValue("name") String name) {

        public static final Claims STANDARD = new Claims("roles", "unit", "tenant", "name");
    }
}
