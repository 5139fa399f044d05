package cn.jixiao.platform.security;

import cn.jixiao.kernel.actor.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Lets controllers take the {@link Actor} of the request's token as a plain parameter. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
        return ReactiveSecurityContextHolder.getContext()
                .map(security -> security.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> (Object) JwtActors.toActor(((JwtAuthenticationToken) auth).getToken()))
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("缺少访问令牌")));
    }
}
