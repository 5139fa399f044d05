package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * What a development token must carry beyond a good signature (issue 13): an expiry and a subject, times within
 * the clock skew, HS256 and nothing else; every refusal a 401 with an RFC 6750 challenge and a problem body.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BearerTokenRulesTest {

    @Autowired
    WebTestClient client;
    String tenant;

    @BeforeAll
    void onboard() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        tenant = Tenants.onboard(client, "tokens");
    }

    @Test
    void aWellFormedTokenIsAccepted() {
        list(Tokens.signedAsIs(viewer().build())).expectStatus().isOk();
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        refused(Tokens.signedAsIs(viewer().expirationTime(null).build()));
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        refused(Tokens.signedAsIs(viewer().subject(null).build()));
        refused(Tokens.signedAsIs(viewer().subject(" ").build()));
    }

    @Test
    void anExpiredTokenIsRefusedOnceBeyondTheClockSkew() {
        JWTClaimsSet.Builder issuedAnHourAgo = viewer().issueTime(ago(Duration.ofHours(1)));
        list(Tokens.signedAsIs(issuedAnHourAgo.expirationTime(ago(Duration.ofSeconds(20))).build()))
                .expectStatus().isOk();
        refused(Tokens.signedAsIs(issuedAnHourAgo.expirationTime(ago(Duration.ofMinutes(5))).build()));
    }

    @Test
    void aTokenNotYetValidIsRefusedOnceBeyondTheClockSkew() {
        list(Tokens.signedAsIs(viewer().notBeforeTime(ahead(Duration.ofSeconds(20))).build())).expectStatus().isOk();
        refused(Tokens.signedAsIs(viewer().notBeforeTime(ahead(Duration.ofMinutes(5))).build()));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        refused(Tokens.signedAsIs(viewer().issueTime(ahead(Duration.ofMinutes(5))).build()));
    }

    @Test
    void onlyHs256IsAcceptedForDevelopmentTokens() throws Exception {
        refused(new PlainJWT(viewer().build()).serialize());
        RSAKey key = new RSAKeyGenerator(2048).generate();
        SignedJWT rs256 = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), viewer().build());
        rs256.sign(new RSASSASigner(key));
        refused(rs256.serialize());
    }

    @Test
    void aRequestWithoutTokenGetsTheBareChallengeAndAProblem() {
        client.get().uri("/api/v1/declarations").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jixiao\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    private JWTClaimsSet.Builder viewer() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject("viewer").claim("name", "看板")
                .claim("tenant", tenant).claim("roles", List.of(Role.VIEWER.name()))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
    }

    private WebTestClient.ResponseSpec list(String token) {
        return client.get().uri("/api/v1/declarations").headers(h -> h.setBearerAuth(token)).exchange();
    }

    private void refused(String token) {
        list(token).expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> org.assertj.core.api.Assertions.assertThat(challenge)
                                .startsWith("Bearer realm=\"jixiao\", error=\"invalid_token\""))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    private static Date ago(Duration duration) {
        return Date.from(Instant.now().minus(duration));
    }

    private static Date ahead(Duration duration) {
        return Date.from(Instant.now().plus(duration));
    }
}
