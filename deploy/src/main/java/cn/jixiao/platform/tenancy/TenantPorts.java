package cn.jixiao.platform.tenancy;

import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.web.CorrelationIdFilter;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.TenantContexts;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the command and query sides ask of the platform, answered from the tenant of the token: the tenant's
 * command bus (with who and which request in the metadata), its database and its event store.
 */
@Component
public class TenantPorts implements TenantCommandGateway, TenantContexts {

    private final TenantRuntimes runtimes;
    private final StoreWork work;

    public TenantPorts(TenantRuntimes runtimes, StoreWork work) {
        this.runtimes = runtimes;
        this.work = work;
    }

    /**
     * Runs the command on the store's pool: the command bus handles it synchronously (aggregate load, append), and
     * the tenant may have to start first, neither of which may block the HTTP event loop.
     */
    @Override
    public <R> Mono<R> send(Actor actor, Object command, Map<String, ?> extraMetadata) {
        return Mono.deferContextual(context -> {
            String correlationId = context.getOrDefault(CorrelationIdFilter.CONTEXT_KEY, UUID.randomUUID().toString());
            MetaData metaData = MetaData.from(metadata(actor, correlationId, extraMetadata));
            return Mono.fromCallable(() -> runtime(actor.tenant()).axon().commandGateway()
                            .<R>send(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData)))
                    .subscribeOn(work.scheduler())
                    .flatMap(Mono::fromFuture);
        });
    }

    static Map<String, Object> metadata(Actor actor, String correlationId, Map<String, ?> extra) {
        // The actor's keys are written last: a request cannot forge who sent it or for which tenant.
        Map<String, Object> metadata = new HashMap<>(extra);
        metadata.keySet().removeAll(List.of(MetadataKeys.ACTOR_ID, MetadataKeys.ACTOR_NAME, MetadataKeys.ACTOR_ROLES,
                MetadataKeys.ACTOR_UNIT, MetadataKeys.TENANT));
        metadata.putAll(MetadataKeys.forActor(actor));
        metadata.put(MetadataKeys.CORRELATION_ID, correlationId);
        return metadata;
    }

    /** The tenant's own database (its idempotency records live there). */
    public MongoDatabase database(TenantId tenant) {
        return runtime(tenant).database();
    }

    @Override
    public TenantContext of(TenantId tenant) {
        return runtime(tenant).queryContext();
    }

    /** A token without a known tenant never gets this far (TenantAccessFilter); this is the last guard. */
    private TenantRuntime runtime(TenantId tenant) {
        if (tenant == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "令牌未包含租户");
        }
        return runtimes.of(tenant)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "租户不存在或已停用: " + tenant));
    }
}
