package cn.jixiao.platform.tenancy;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A tenant's message monitors: Axon's defaults with their default tags ({@link GlobalMetricRegistry}), except that
 * a processor's capacity is measured over {@link #CAPACITY_WINDOW} instead of Axon's ten minutes.
 * <p>
 * Why: the capacity monitor keeps every handled event's duration for its whole window. At ten minutes a processor
 * that catches up at 1,000 events/s holds 600,000 entries; a 1M-event tenant's seven processors held 4M (about
 * 270 MB of a 1 GB heap, in a heap dump of the benchmark's section 4), and the JVM spent most of its time collecting
 * garbage. Ten seconds bounds it at a few MB per busy tenant and still gives a capacity figure between two scrapes.
 */
final class TenantMonitors {

    static final Duration CAPACITY_WINDOW = Duration.ofSeconds(10);
    private static final String PROCESSOR_PREFIX = "eventProcessor";

    private final MeterRegistry registry;
    private final GlobalMetricRegistry defaults;
    private final Clock clock;

    TenantMonitors(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.defaults = new GlobalMetricRegistry(registry);
        this.clock = clock;
    }

    /**
     * The monitor of one component of the tenant's Axon configuration. Unchecked as in Axon's own registration: each
     * component is handed only the messages its monitor was built for (a processor, events).
     */
    @SuppressWarnings("unchecked")
    MessageMonitor<Message<?>> monitor(Class<?> componentType, String componentName) {
        MessageMonitor<?> monitor = EventProcessor.class.isAssignableFrom(componentType) ? processor(componentName)
                : defaults.registerComponentWithDefaultTags(componentType, componentName);
        return (MessageMonitor<Message<?>>) monitor;
    }

    private MessageMonitor<EventMessage<?>> processor(String name) {
        Function<Message<?>, Iterable<Tag>> tags = message ->
                Tags.of("payloadType", message.getPayloadType().getSimpleName(), "processorName", name);
        return new MultiMessageMonitor<EventMessage<?>>(List.<MessageMonitor<? super EventMessage<?>>>of(
                MessageTimerMonitor.buildMonitor(PROCESSOR_PREFIX, registry, tags),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(PROCESSOR_PREFIX).meterRegistry(registry)
                        .tagsBuilder(message -> Tags.of("processorName", name)).build(),
                CapacityMonitor.buildMonitor(PROCESSOR_PREFIX, registry, CAPACITY_WINDOW.toMillis(),
                        TimeUnit.MILLISECONDS, clock, tags),
                MessageCountingMonitor.buildMonitor(PROCESSOR_PREFIX, registry, tags)));
    }
}
