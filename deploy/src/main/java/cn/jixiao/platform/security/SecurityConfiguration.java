package cn.jixiao.platform.security;

import cn.jixiao.platform.mongo.MongoSettings;
import cn.jixiao.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

/** Bearer JWTs on every API path; roles from the {@code roles} claim; the tenant checked after authentication. */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final int MIN_SECRET_BYTES = 32;

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, ProblemWriter problems,
                                       TenantAccessFilter tenantAccess) {
        ServerAuthenticationEntryPoint unauthenticated =
                (exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED, "缺少或无效的访问令牌");
        ServerAccessDeniedHandler denied =
                (exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN, "当前角色无权执行此操作");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(paths -> paths
                        .pathMatchers("/api/v1/admin/tenants", "/api/v1/admin/tenants/**").hasRole("PLATFORM_OPERATOR")
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Metrics name every tenant: for the platform's operators (and their scrapers) only.
                        .pathMatchers("/actuator/**").hasRole("PLATFORM_OPERATOR")
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .addFilterAt(tenantAccess, SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecuritySettings settings, MongoSettings mongo) {
        if (settings.usesIssuer()) {
            log.info("Validating bearer tokens of the OIDC issuer {}", settings.issuerUri());
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuerUri()));
            return decoder;
        }
        if (!mongo.isEmbedded() && DevTokens.DEFAULT_SECRET.equals(settings.devJwtSecret())) {
            // Anyone can sign tokens with the published development secret: never accept them in production.
            throw new IllegalStateException("MONGODB_URI is set but neither JIXIAO_OIDC_ISSUER_URI nor a private "
                    + "JIXIAO_DEV_JWT_SECRET is: refusing to accept tokens signed with the built-in development secret");
        }
        log.warn("No OIDC issuer configured: validating HS256 development tokens signed with JIXIAO_DEV_JWT_SECRET");
        return NimbusReactiveJwtDecoder.withSecretKey(devKey(settings.devJwtSecret()))
                .macAlgorithm(MacAlgorithm.HS256).build();
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
