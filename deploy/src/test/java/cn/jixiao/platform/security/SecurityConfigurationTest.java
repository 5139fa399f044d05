package cn.jixiao.platform.security;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.platform.mongo.MongoSettings;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityConfigurationTest {

    final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void productionRefusesTokensSignedWithTheBuiltInDevelopmentSecret() {
        assertThatThrownBy(() -> configuration.jwtDecoder(new SecuritySettings(null, DevTokens.DEFAULT_SECRET),
                new MongoSettings("mongodb://db1,db2/?replicaSet=rs0", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JIXIAO_OIDC_ISSUER_URI");
    }

    @Test
    void theEmbeddedDefaultAcceptsDevelopmentTokens() {
        assertThat(configuration.jwtDecoder(new SecuritySettings(null, DevTokens.DEFAULT_SECRET),
                new MongoSettings(null, null))).isNotNull();
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
