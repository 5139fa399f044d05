package cn.jixiao.platform.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a token must carry beyond a good signature: an expiry and a subject always (a token that never expires, or
 * that names nobody, cannot be accounted for); {@code exp}, {@code nbf} and {@code iat} within a small clock skew;
 * in production the configured issuer and one of the configured audiences.
 */
final class TokenValidation {

    private TokenValidation() {
    }

    static OAuth2TokenValidator<Jwt> development(Duration clockSkew, Clock clock) {
        return new DelegatingOAuth2TokenValidator<>(always(clockSkew, clock));
    }

    static OAuth2TokenValidator<Jwt> production(String issuer, List<String> audiences, Duration clockSkew,
                                                Clock clock) {
        List<OAuth2TokenValidator<Jwt>> validators = always(clockSkew, clock);
        validators.add(new JwtIssuerValidator(issuer));
        validators.add(anyAudienceOf(audiences));
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static List<OAuth2TokenValidator<Jwt>> always(Duration clockSkew, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
        timestamps.setClock(clock);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
        validators.add(new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()));
        validators.add(timestamps);
        validators.add(notIssuedInTheFuture(clockSkew, clock));
        return validators;
    }

    /** An {@code iat} ahead of our clock by more than the skew: a token minted by a clock that cannot be trusted. */
    private static OAuth2TokenValidator<Jwt> notIssuedInTheFuture(Duration clockSkew, Clock clock) {
        return jwt -> jwt.getIssuedAt() == null || !jwt.getIssuedAt().isAfter(clock.instant().plus(clockSkew))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "The iat claim is in the future", null));
    }

    private static OAuth2TokenValidator<Jwt> anyAudienceOf(List<String> audiences) {
        List<OAuth2TokenValidator<Jwt>> each = audiences.stream()
                .<OAuth2TokenValidator<Jwt>>map(JwtAudienceValidator::new).toList();
        return jwt -> each.stream().anyMatch(validator -> !validator.validate(jwt).hasErrors())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "The token is not meant for this service (aud)", null));
    }
}
