package cn.jixiao.query.projection;

import cn.jixiao.kernel.tenant.TenantId;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tells readers in this process that the form projection of a tenant moved on, and for which declarations: a
 * read waiting for its own write ({@code ?minVersion=}) wakes up when its declaration was written instead of
 * polling. One sink per tenant, so a reader only ever sees its own tenant's progress; nothing is buffered for
 * readers that are not waiting.
 */
@Component
public class ProjectionProgress {

    private final ConcurrentMap<TenantId, Sinks.Many<String>> forms = new ConcurrentHashMap<>();

    /** Called after a batch was written, with the declarations whose form changed. */
    public void formsAdvanced(TenantId tenant, Collection<String> declarationIds) {
        Sinks.Many<String> sink = forms.get(tenant);
        if (sink == null || sink.currentSubscriberCount() == 0) {
            return;
        }
        declarationIds.forEach(id -> Notifications.emit(sink, id));
    }

    /** The declarations of {@code tenant} whose form is written from now on. */
    public Flux<String> formsOf(TenantId tenant) {
        return forms.computeIfAbsent(tenant, t -> Sinks.many().multicast().directBestEffort()).asFlux();
    }
}
