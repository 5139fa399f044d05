package cn.jixiao.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How bearer tokens are validated. With {@code issuerUri} set, tokens of that OIDC issuer (production);
 * otherwise HS256 tokens signed with {@code devJwtSecret} (the embedded default).
 */
@ConfigurationProperties("jixiao.security")
public record SecuritySettings(String issuerUri, String devJwtSecret) {

    public boolean usesIssuer() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
