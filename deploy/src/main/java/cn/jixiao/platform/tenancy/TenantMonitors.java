package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
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
 * A tenant's message monitors: Axon's defaults with their default tags ({@link GlobalMetricRegistry}), except in three
 * things that decide what a few thousand tenants cost an instance.
 * <ul>
 *     <li>A processor's capacity is measured over {@link #CAPACITY_WINDOW} instead of Axon's ten minutes.</li>
 *     <li>A processor's meters are per processor, not per processor and event type: 7 sets a tenant instead of
 *     77 after one seed import (and more as monitoring and self-evaluation add event types).</li>
 *     <li>No timer computes percentiles in the process ({@link #WITHOUT_PERCENTILES}).</li>
 * </ul>
 * With Axon's tags and percentiles, 21 tenants that had each imported the seed form kept about 3.2 MB of meters
 * apiece (live heap after a full GC 131.9 MB against 63.9 MB now), and each put 2,737 lines into every Prometheus
 * scrape (295 now).
 * <p>
 * Why the capacity window: the capacity monitor keeps every handled event's duration for its whole window. At ten
 * minutes a processor that catches up at 1,000 events/s holds 600,000 entries; a 1M-event tenant's seven processors
 * held 4M (about 270 MB of a 1 GB heap, in a heap dump of the benchmark's section 4), and the JVM spent most of its
 * time collecting garbage. Ten seconds bounds it at a few MB per busy tenant and still gives a capacity figure between
 * two scrapes.
 */
final class TenantMonitors {

    static final Duration CAPACITY_WINDOW = Duration.ofSeconds(10);
    private static final String PROCESSOR_PREFIX = "eventProcessor";

    /**
     * Axon's timers publish six percentiles, each timer keeping rotating HdrHistograms to compute them: about 10 KB
     * a timer (in a heap histogram, the 5,556 timers of 21 tenants held 29 MB of arrays and about as much in objects).
     * A timer per tenant, component, message type and outcome makes that megabytes per tenant, and percentiles cannot
     * be added up across instances anyway. Counts, totals and maxima stay.
     */
    static final MeterFilter WITHOUT_PERCENTILES = new MeterFilter() {
        @Override
        public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
            return DistributionStatisticConfig.builder().percentiles().percentilesHistogram(false).build().merge(config);
        }
    };

    private final MeterRegistry registry;
    private final GlobalMetricRegistry defaults;
    private final Clock clock;

    /** The monitors of {@code tenant}, whose meters go to {@code meters} tagged with the tenant. */
    static TenantMonitors of(TenantId tenant, MeterRegistry meters, Clock clock) {
        CompositeMeterRegistry tenantMeters = new CompositeMeterRegistry(clock, List.of(meters));
        tenantMeters.config().commonTags("tenant", tenant.value()).meterFilter(WITHOUT_PERCENTILES);
        return new TenantMonitors(tenantMeters, clock);
    }

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
        Tags perProcessor = Tags.of("processorName", name);
        Function<Message<?>, Iterable<Tag>> tags = message -> perProcessor;
        return new MultiMessageMonitor<EventMessage<?>>(List.<MessageMonitor<? super EventMessage<?>>>of(
                MessageTimerMonitor.buildMonitor(PROCESSOR_PREFIX, registry, tags),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(PROCESSOR_PREFIX).meterRegistry(registry)
                        .tagsBuilder(tags).build(),
                CapacityMonitor.buildMonitor(PROCESSOR_PREFIX, registry, CAPACITY_WINDOW.toMillis(),
                        TimeUnit.MILLISECONDS, clock, tags),
                MessageCountingMonitor.buildMonitor(PROCESSOR_PREFIX, registry, tags)));
    }
}
