package cn.jixiao.platform.security;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A web filter that refuses a signed-in actor (403) before any controller runs, or lets the request through.
 * Requests without a bearer token are the security chain's business, not this filter's.
 */
public abstract class ActorRefusalFilter implements WebFilter {

    private final ProblemWriter problems;

    protected ActorRefusalFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    /** Why the actor is refused, with the stable code if there is one; empty to let the request through. */
    public record Refusal(String code, String detail) {
    }

    protected abstract Mono<Refusal> refusal(Actor actor);

    @Override
    public final Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> JwtActors.toActor(((JwtAuthenticationToken) auth).getToken()))
                .flatMap(this::refusal)
                .map(refusal -> problems.write(exchange, HttpStatus.FORBIDDEN, refusal.code(), refusal.detail()))
                .switchIfEmpty(Mono.defer(() -> Mono.just(chain.filter(exchange))))
                .flatMap(next -> next);
    }
}
