package cn.jixiao.command;

import cn.jixiao.kernel.actor.Actor;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Port to the command bus of the actor's tenant; deploy implements it over each tenant's Axon configuration.
 * The HTTP layer never picks a tenant itself: it is always {@link Actor#tenant()}.
 */
public interface TenantCommandGateway {

    /** Sends with the actor's metadata; completes with the command handler's result (the new version for declaration commands). */
    <R> Mono<R> send(Actor actor, Object command, Map<String, ?> extraMetadata);
}
