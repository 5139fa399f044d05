package cn.jixiao.app;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Production sign-in against a real OpenID Connect provider started here (mock-oauth2-server: discovery, JWKS,
 * token endpoint), configured as a province's provider would be: its own issuer and audience, roles in a nested
 * claim, unit, tenant and name under its own claim names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInTest {

    static final String ISSUER_ID = "province";
    static final String AUDIENCE = "jixiao-api";

    final RotatingKeys keys = new RotatingKeys();
    MockOAuth2Server provider;
    ConfigurableApplicationContext service;
    WebTestClient client;
    String tenant;

    @BeforeAll
    void start() {
        provider = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(keys)));
        provider.start();
        service = new SpringApplicationBuilder(JixiaoApplication.class).run(
                "--server.port=0",
                "--jixiao.mongodb.uri=",
                "--jixiao.mongodb.embedded.data-dir=",
                "--jixiao.mongodb.embedded.port=0",
                "--jixiao.demo.enabled=false",
                "--jixiao.security.issuer-uri=" + issuer(),
                "--jixiao.security.audience=" + AUDIENCE,
                "--jixiao.security.claims.roles=realm_access.roles",
                "--jixiao.security.claims.unit=unit_code",
                "--jixiao.security.claims.tenant=bureau",
                "--jixiao.security.claims.name=display_name",
                "--jixiao.audit.key-file=");
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        tenant = "oidc-" + UUID.randomUUID().toString().substring(0, 8);
        client.post().uri("/api/v1/admin/tenants").headers(h -> h.setBearerAuth(operator()))
                .bodyValue(Map.of("id", tenant, "name", "OIDC 财政局", "region", "湖南省"))
                .exchange().expectStatus().isCreated();
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        provider.shutdown();
    }

    @Test
    void aTokenFromTheProvidersTokenEndpointSignsInWithRolesUnitAndNameFromItsOwnClaims() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "filer-1", "JWT", List.of(AUDIENCE),
                Map.of("realm_access", Map.of("roles", List.of("FILER")), "unit_code", "430412001",
                        "bureau", tenant, "display_name", "旷文倩"), 3600));
        Map<?, ?> issued = WebClient.create().post().uri(provider.tokenEndpointUrl(ISSUER_ID).toString())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", "jixiao-web").with("client_secret", "secret"))
                .retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(30));
        String filer = String.valueOf(issued.get("access_token"));
        // A client-credentials token names the client as its subject.
        String subject = SignedJWT.parse(filer).getJWTClaimsSet().getSubject();

        String location = client.post().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(filer))
                .bodyValue(Map.of("year", 2021, "kind", "DEPARTMENT",
                        "unit", Map.of("code", "430412001", "name", "衡阳市南岳区祝融街道办事处"),
                        "filingUnit", "祝融街道办事处", "leader", "尹晖"))
                .exchange().expectStatus().isCreated()
                .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);

        String auditor = token("auditor-1", Map.of("realm_access", Map.of("roles", List.of("AUDITOR")),
                "bureau", tenant));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> client.get().uri(location + "/history")
                .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.events[0].actor.id").isEqualTo(subject)
                .jsonPath("$.events[0].actor.name").isEqualTo("旷文倩"));
    }

    @Test
    void tokensOfAnotherIssuerAudienceOrKeyAreRefusedWithAChallengeAndAProblem() throws Exception {
        Map<String, Object> viewer = Map.of("realm_access", Map.of("roles", List.of("VIEWER")), "bureau", tenant);
        assertThat(status(token("viewer", viewer))).isEqualTo(200);

        String otherIssuer = provider.issueToken("elsewhere", "viewer", new DefaultOAuth2TokenCallback("elsewhere",
                "viewer", "JWT", List.of(AUDIENCE), viewer, 3600)).serialize();
        refused(otherIssuer);
        refused(signed(keys.current(), claims(viewer).issuer("https://sso.elsewhere.example/realms/x").build()));
        refused(signed(keys.current(), claims(viewer).audience("another-application").build()));

        RSAKey stranger = new RSAKeyGenerator(2048).keyID(keys.current().getKeyID()).generate();
        refused(signed(stranger, claims(viewer).build()));
        refused(signed(new RSAKeyGenerator(2048).keyID("unknown").generate(), claims(viewer).build()));
        refused(Tokens.withClaims(Map.of("sub", "viewer", "roles", List.of("VIEWER"), "tenant", tenant)));
    }

    @Test
    void keysRotatedAtTheProviderArePickedUpWithoutARestart() {
        Map<String, Object> viewer = Map.of("realm_access", Map.of("roles", List.of("VIEWER")), "bureau", tenant);
        String beforeRotation = token("viewer", viewer);
        assertThat(status(beforeRotation)).isEqualTo(200);

        keys.rotate();
        assertThat(status(token("viewer", viewer))).isEqualTo(200);
        assertThat(status(beforeRotation)).as("the retired key is no longer published").isEqualTo(401);
    }

    @Test
    void aRoleClaimOutsideTheConfiguredOneIsNotTrusted() {
        String smuggled = token("viewer", Map.of("roles", List.of("PLATFORM_OPERATOR"),
                "realm_access", Map.of("roles", List.of("VIEWER")), "bureau", tenant));
        client.get().uri("/api/v1/admin/tenants").headers(h -> h.setBearerAuth(smuggled)).exchange()
                .expectStatus().isForbidden();
    }

    private String operator() {
        return token("operator-1", Map.of("realm_access", Map.of("roles", List.of("PLATFORM_OPERATOR"))));
    }

    private String token(String subject, Map<String, Object> claims) {
        return provider.issueToken(ISSUER_ID, subject, new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT",
                List.of(AUDIENCE), claims, 3600)).serialize();
    }

    private JWTClaimsSet.Builder claims(Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer()).subject("viewer")
                .audience(AUDIENCE).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
        claims.forEach(builder::claim);
        return builder;
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private String issuer() {
        return provider.issuerUrl(ISSUER_ID).toString();
    }

    private int status(String token) {
        return client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(token)).exchange()
                .returnResult(String.class).getStatus().value();
    }

    private void refused(String token) {
        client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).contains("error=\"invalid_token\""))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** The provider's signing key, replaced on demand: its JWKS then publishes only the new one. */
    static final class RotatingKeys extends KeyProvider {

        private volatile RSAKey current = generate();

        @Override
        public JWK signingKey(String issuerId) {
            return current;
        }

        RSAKey current() {
            return current;
        }

        void rotate() {
            current = generate();
        }

        private static RSAKey generate() {
            try {
                return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
