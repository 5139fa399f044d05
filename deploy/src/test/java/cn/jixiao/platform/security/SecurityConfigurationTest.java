package cn.jixiao.platform.security;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.platform.mongo.MongoSettings;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityConfigurationTest {

    final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void productionRefusesTokensSignedWithTheBuiltInDevelopmentSecret() {
        assertThatThrownBy(() -> configuration.jwtDecoder(SecuritySettings.development(DevTokens.DEFAULT_SECRET),
                new MongoSettings("mongodb://db1,db2/?replicaSet=rs0", null), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JIXIAO_OIDC_ISSUER_URI");
    }

    @Test
    void theEmbeddedDefaultAcceptsDevelopmentTokens() {
        assertThat(configuration.jwtDecoder(SecuritySettings.development(DevTokens.DEFAULT_SECRET),
                new MongoSettings(null, null), Clock.systemUTC())).isNotNull();
    }

    @Test
    void productionWithoutAnAudienceIsRefusedAtStart() {
        SecuritySettings noAudience = new SecuritySettings("https://sso.example.gov.cn/realms/jixiao", List.of(),
                null, null, null, null);
        assertThatThrownBy(() -> configuration.jwtDecoder(noAudience, new MongoSettings("mongodb://db1", null),
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("JIXIAO_OIDC_AUDIENCE");
    }

    @Test
    void aMacAlgorithmCannotBePinnedForTheIssuer() {
        SecuritySettings hs256 = new SecuritySettings("https://sso.example.gov.cn/realms/jixiao", List.of("jixiao"),
                null, null, List.of("HS256"), null);
        assertThatThrownBy(() -> configuration.jwtDecoder(hs256, new MongoSettings("mongodb://db1", null),
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("HS256");
    }

    @Test
    void theProvidersClaimNamesAreReadAsTheServicesOwnAndNestedNamesAreFollowed() {
        ProviderClaims claims = new ProviderClaims(new SecuritySettings.Claims("realm_access.roles", "unit_code",
                "bureau", "display_name"));
        Map<String, Object> mapped = claims.convert(Map.of("sub", "u1", "roles", List.of("PLATFORM_OPERATOR"),
                "realm_access", Map.of("roles", List.of("FILER")), "unit_code", "430412001", "bureau", "demo",
                "display_name", "旷文倩"));
        assertThat(mapped).containsEntry("roles", List.of("FILER")).containsEntry("unit", "430412001")
                .containsEntry("tenant", "demo").containsEntry("name", "旷文倩");
        assertThat(claims.convert(Map.of("sub", "u1", "roles", List.of("PLATFORM_OPERATOR"))))
                .as("a role claim outside the configured one is dropped, not trusted").doesNotContainKey("roles");
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> SecurityConfiguration.devKey("short")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOperatorsTenantClaimIsIgnoredAndUnknownRolesAreDropped() {
        Actor operator = JwtActors.toActor(jwt("op", "demo", List.of("PLATFORM_OPERATOR", "ROOT")));
        assertThat(operator.tenant()).isNull();
        assertThat(operator.roles()).containsExactly(Role.PLATFORM_OPERATOR);
    }

    @Test
    void aFilerCarriesTenantAndUnitFromTheToken() {
        Actor filer = JwtActors.toActor(Jwt.withTokenValue("t").header("alg", "HS256").subject("u1")
                .claim("name", "旷文倩").claim("tenant", "demo").claim("roles", List.of("FILER"))
                .claim("unit", "430412001").issuedAt(Instant.now()).build());
        assertThat(filer.tenant().value()).isEqualTo("demo");
        assertThat(filer.unitCode()).isEqualTo("430412001");
        assertThat(filer.name()).isEqualTo("旷文倩");
    }

    private static Jwt jwt(String sub, String tenant, List<String> roles) {
        return Jwt.withTokenValue("t").header("alg", "HS256").subject(sub).claim("tenant", tenant)
                .claim("roles", roles).issuedAt(Instant.now()).build();
    }
}
