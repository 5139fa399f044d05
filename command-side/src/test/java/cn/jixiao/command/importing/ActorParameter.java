package cn.jixiao.command.importing;

import cn.jixiao.kernel.actor.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.function.Supplier;

/** Stands in for deploy's resolver that reads the {@link Actor} from the JWT: the test says who is asking. */
final class ActorParameter implements HandlerMethodArgumentResolver {

    private final Supplier<Actor> actor;

    ActorParameter(Supplier<Actor> actor) {
        this.actor = actor;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
        return Mono.just(actor.get());
    }
}
