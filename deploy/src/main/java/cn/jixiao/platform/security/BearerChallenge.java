package cn.jixiao.platform.security;

import cn.jixiao.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a request without a usable token as RFC 6750 asks, with a {@code WWW-Authenticate: Bearer} challenge
 * (and {@code error="invalid_token"} when a token was sent but refused), and an RFC 9457 problem body. When the
 * identity provider cannot be reached to fetch its keys the token is not at fault: 503, so clients retry.
 */
final class BearerChallenge implements ServerAuthenticationEntryPoint, ServerAuthenticationFailureHandler,
        ServerAccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(BearerChallenge.class);
    static final String REALM = "jixiao";

    private final ProblemWriter problems;

    BearerChallenge(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException refused) {
        if (refused instanceof AuthenticationServiceException) {
            // The keys could not be fetched: the provider is down or unreachable, not the client's fault.
            log.warn("Cannot validate bearer tokens: {}", refused.getMessage());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "暂时无法验证访问令牌，请稍后重试");
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(refused));
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "缺少或无效的访问令牌");
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException refused) {
        return commence(exchange.getExchange(), refused);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "当前角色无权执行此操作");
    }

    /** No token: the bare challenge (RFC 6750 §3.1 says no error code then); a refused token: invalid_token. */
    static String challenge(AuthenticationException refused) {
        if (refused instanceof OAuth2AuthenticationException) {
            return "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", "
                    + "error_description=\"The access token is invalid, expired or not meant for this service\"";
        }
        return "Bearer realm=\"" + REALM + "\"";
    }
}
