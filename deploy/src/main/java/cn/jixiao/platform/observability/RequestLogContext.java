package cn.jixiao.platform.observability;

import cn.jixiao.kernel.actor.Actor;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import java.util.function.Function;

/**
 * Puts the authenticated request's tenant and user into the log context; runs in the security chain right after
 * authentication. The user is the token's subject, never its name or anything personal beyond the id.
 */
public class RequestLogContext implements WebFilter {

    private final Function<Jwt, Actor> actors;

    public RequestLogContext(Function<Jwt, Actor> actors) {
        this.actors = actors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> actors.apply(((JwtAuthenticationToken) auth).getToken()))
                .map(actor -> remember(exchange, actor))
                .defaultIfEmpty(Context.empty())
                .flatMap(context -> chain.filter(exchange).contextWrite(context));
    }

    private static Context remember(ServerWebExchange exchange, Actor actor) {
        Context context = Context.of(LogContext.USER, actor.id());
        exchange.getAttributes().put(LogContext.USER, actor.id());
        if (actor.tenant() != null) {
            exchange.getAttributes().put(LogContext.TENANT, actor.tenant().value());
            context = context.put(LogContext.TENANT, actor.tenant().value());
        }
        return context;
    }
}
