package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TenantMonitorsTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final TenantMonitors monitors = TenantMonitors.of(TenantId.of("nanyue"), registry, clock);

    /** The reservoir keeps what its window holds: over ten minutes, a catching-up processor filled the heap. */
    @Test
    void aProcessorsCapacityCountsOnlyTheLastTenSeconds() {
        MessageMonitor<Message<?>> forms = monitors.monitor(PooledStreamingEventProcessor.class, "query.forms");

        handle(forms, 300, Duration.ofMillis(10)); // busy 3 s

        assertThat(capacity()).as("3 s busy in a 10 s window (in ten minutes it would be 0.005)").isCloseTo(0.3, within(0.01));
        clock.add(TenantMonitors.CAPACITY_WINDOW.plusSeconds(1));
        assertThat(capacity()).as("forgotten once the window is past").isZero();
    }

    /** Per event type, one seed import gave a tenant 77 sets of a processor's meters; per processor, 7. */
    @Test
    void processorsAreCountedAndTimedPerProcessorWhateverTheEventType() {
        MessageMonitor<Message<?>> forms = monitors.monitor(PooledStreamingEventProcessor.class, "query.forms");

        handle(forms, 3, Duration.ofMillis(5));
        forms.onMessageIngested(new GenericEventMessage<>(42)).reportSuccess();

        assertThat(registry.get("eventProcessor.processedCounter").tags("processorName", "query.forms", "tenant", "nanyue")
                .counters()).singleElement().satisfies(counter -> assertThat(counter.count()).isEqualTo(4.0));
        assertThat(registry.get("eventProcessor.allTimer").tag("processorName", "query.forms").timers()).singleElement()
                .satisfies(timer -> assertThat(timer.count()).isEqualTo(4));
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTag("payloadType")).isNull());
    }

    @Test
    void commandsKeepAxonsMonitorsPerCommandType() {
        MessageMonitor<Message<?>> bus = monitors.monitor(SimpleCommandBus.class, "commandBus");

        bus.onMessageIngested(new GenericEventMessage<>("x")).reportSuccess();

        assertThat(registry.get("commandBus.successCounter").tags("payloadType", "String", "tenant", "nanyue").counter().count())
                .isEqualTo(1.0);
    }

    /** Each timer computing six percentiles kept about 10 KB of histograms, hundreds of timers per active tenant. */
    @Test
    void noTimerOfATenantComputesPercentiles() {
        handle(monitors.monitor(PooledStreamingEventProcessor.class, "query.forms"), 3, Duration.ofMillis(5));
        monitors.monitor(SimpleCommandBus.class, "commandBus").onMessageIngested(new GenericEventMessage<>("x")).reportSuccess();

        assertThat(registry.getMeters()).filteredOn(Timer.class::isInstance).isNotEmpty()
                .allSatisfy(timer -> assertThat(((Timer) timer).takeSnapshot().percentileValues()).isEmpty());
    }

    private void handle(MessageMonitor<Message<?>> monitor, int events, Duration each) {
        for (int i = 0; i < events; i++) {
            MessageMonitor.MonitorCallback callback = monitor.onMessageIngested(new GenericEventMessage<>("event " + i));
            clock.add(each.toNanos(), TimeUnit.NANOSECONDS);
            callback.reportSuccess();
        }
    }

    private double capacity() {
        return registry.get("eventProcessor.capacity").tag("processorName", "query.forms").gauge().value();
    }
}
