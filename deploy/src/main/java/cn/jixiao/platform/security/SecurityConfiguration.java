package cn.jixiao.platform.security;

import cn.jixiao.platform.mongo.MongoSettings;
import cn.jixiao.platform.observability.RequestLogContext;
import cn.jixiao.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * Bearer JWTs on every API path; roles from the {@code roles} claim (renamed from the provider's own on decoding);
 * the request's log context and the tenant set after authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final int MIN_SECRET_BYTES = 32;

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, ProblemWriter problems,
                                       TenantAccessFilter tenantAccess) {
        BearerChallenge challenge = new BearerChallenge(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // Stateless bearer tokens: no web session to save a request or a security context in. Left on, every
                // request opened a session that nothing kept (a UUID drawn on a bounded-elastic thread), and the rest
                // of the request went on on a parallel thread: two thread hops per request (JFR).
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(paths -> paths
                        .pathMatchers("/api/v1/admin/tenants", "/api/v1/admin/tenants/**").hasRole("PLATFORM_OPERATOR")
                        // Probes and info are open; health shows its details to platform operators only.
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Metrics name every tenant: for the platform's operators (and their scrapers) only.
                        .pathMatchers("/actuator/**").hasRole("PLATFORM_OPERATOR")
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(challenge)
                        .authenticationFailureHandler(challenge)
                        .accessDeniedHandler(challenge))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(challenge)
                        .accessDeniedHandler(challenge))
                .addFilterAfter(new RequestLogContext(JwtActors::toActor), SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAt(tenantAccess, SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecuritySettings settings, MongoSettings mongo, Clock clock) {
        if (!settings.usesIssuer()) {
            NimbusReactiveJwtDecoder decoder = developmentDecoder(settings, mongo, clock);
            decoder.setClaimSetConverter(new ProviderClaims(settings.claims()));
            return decoder;
        }
        NimbusReactiveJwtDecoder decoder = issuerDecoder(settings, clock);
        decoder.setClaimSetConverter(new ProviderClaims(settings.claims()));
        // Discovery or keys out of reach is no fault of the token: a 503 (BearerChallenge), not a 401 or a 500.
        return token -> decoder.decode(token).onErrorMap(e -> !(e instanceof JwtException),
                e -> new AuthenticationServiceException("The identity provider cannot be reached", e));
    }

    /** Production: the issuer's keys from its JWKS (fetched again when a token names a key not seen yet). */
    private static NimbusReactiveJwtDecoder issuerDecoder(SecuritySettings settings, Clock clock) {
        if (settings.audience().isEmpty()) {
            throw new IllegalStateException("JIXIAO_OIDC_ISSUER_URI is set but JIXIAO_OIDC_AUDIENCE is not: name the "
                    + "audience (client id) the provider puts in this service's tokens, or any token it issues for "
                    + "any application would be accepted");
        }
        List<SignatureAlgorithm> algorithms = settings.jwsAlgorithms().stream()
                .map(SecurityConfiguration::asymmetric).toList();
        log.info("Validating bearer tokens of the OIDC issuer {} for audience {}, algorithms {}", settings.issuerUri(),
                settings.audience(), algorithms.isEmpty() ? "announced by its JWKS" : algorithms);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(settings.issuerUri())
                .jwsAlgorithms(accepted -> accepted.addAll(algorithms))
                // The type is checked by TokenValidation, which also accepts RFC 9068 access tokens (at+jwt).
                .validateType(false)
                .build();
        decoder.setJwtValidator(TokenValidation.production(settings.issuerUri(), settings.audience(),
                settings.clockSkew(), clock));
        return decoder;
    }

    private static SignatureAlgorithm asymmetric(String name) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.from(name.trim());
        if (algorithm == null) {
            throw new IllegalStateException("jixiao.security.jws-algorithms: '" + name + "' is not an asymmetric JWS "
                    + "algorithm (RS256, RS384, RS512, ES256, ES384, ES512, PS256, PS384, PS512)");
        }
        return algorithm;
    }

    /** The embedded default: HS256 only, so neither {@code none} nor a public key used as a MAC secret passes. */
    private static NimbusReactiveJwtDecoder developmentDecoder(SecuritySettings settings, MongoSettings mongo,
                                                               Clock clock) {
        if (!mongo.isEmbedded() && DevTokens.DEFAULT_SECRET.equals(settings.devJwtSecret())) {
            // Anyone can sign tokens with the published development secret: never accept them in production.
            throw new IllegalStateException("MONGODB_URI is set but neither JIXIAO_OIDC_ISSUER_URI nor a private "
                    + "JIXIAO_DEV_JWT_SECRET is: refusing to accept tokens signed with the built-in development secret");
        }
        log.warn("No OIDC issuer configured: validating HS256 development tokens signed with JIXIAO_DEV_JWT_SECRET");
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(devKey(settings.devJwtSecret()))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(TokenValidation.development(settings.clockSkew(), clock));
        return decoder;
    }

    static SecretKeySpec devKey(String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("JIXIAO_DEV_JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static ReactiveJwtAuthenticationConverterAdapter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
