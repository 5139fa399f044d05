package cn.jixiao.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;

import java.util.HashMap;
import java.util.Map;

/**
 * Renames the identity provider's claims to the service's own ({@code roles}, {@code unit}, {@code tenant},
 * {@code name}) as a token is decoded, so that every reader of the token sees one vocabulary whatever the province's
 * provider calls them. A service claim is taken only from where the provider is configured to put it: a token
 * cannot smuggle in {@code roles} beside the provider's own role claim.
 */
final class ProviderClaims implements Converter<Map<String, Object>, Map<String, Object>> {

    private final Converter<Map<String, Object>, Map<String, Object>> standard =
            MappedJwtClaimSetConverter.withDefaults(Map.of());
    private final Map<String, String> sources;

    ProviderClaims(SecuritySettings.Claims names) {
        this.sources = Map.of("roles", names.roles(), "unit", names.unit(), "tenant", names.tenant(),
                "name", names.name());
    }

    @Override
    public Map<String, Object> convert(Map<String, Object> claims) {
        Map<String, Object> mapped = new HashMap<>(standard.convert(claims));
        sources.forEach((ours, theirs) -> {
            Object value = read(claims, theirs);
            if (value == null) {
                mapped.remove(ours);
            } else {
                mapped.put(ours, value);
            }
        });
        return mapped;
    }

    private static Object read(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(step);
        }
        return value;
    }
}
