package cn.jixiao.platform.processing;

import cn.jixiao.platform.eventstore.NodeHeartbeats;
import cn.jixiao.platform.tenancy.TenantRuntime;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import com.mongodb.client.MongoClient;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Spreads each tenant's processor segments over the instances running it. Axon's pooled processor claims every
 * unclaimed segment it sees, so the instance that starts a tenant first would keep them all. Every
 * {@code claim-timeout / 6} this instance announces the tenants it runs and, per processor, releases the segments
 * it holds beyond {@code ceil(segments / instances running the tenant)} for two claim intervals, so another
 * instance claims them at its next look; an instance counts while seen within {@code claim-timeout / 2}, well before
 * its claims expire, so a survivor never gives back a segment it took over from a dead instance.
 * <p>
 * Only releasing is decided here; claiming stays Axon's, on the token store's compare-and-set. A dead instance's
 * segments become claimable when its heartbeat is older than the claim timeout ({@link NodeHeartbeats}).
 */
@Component
public class SegmentBalancer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final TenantRuntimes runtimes;
    private final InstanceAnnouncements announcements;
    private final Clock clock;
    private final Duration live;
    private final Duration releaseFor;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("segment-balancer"));

    public SegmentBalancer(TenantRuntimes runtimes, MongoClient client, NodeHeartbeats nodes, Clock clock,
                           @Value("${jixiao.processing.claim-timeout:60s}") Duration claimTimeout,
                           @Value("${jixiao.processing.claim-interval:60s}") Duration claimInterval) {
        this.runtimes = runtimes;
        this.announcements = new InstanceAnnouncements(client, nodes.nodeId());
        this.clock = clock;
        this.live = claimTimeout.dividedBy(2);
        Duration period = claimTimeout.dividedBy(6);
        this.releaseFor = claimInterval.multipliedBy(2).plus(period);
        thread.scheduleWithFixedDelay(this::balanceQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Announces this instance's tenants, then gives up what it holds beyond its share of each processor. */
    void balance() {
        List<TenantRuntime> running = List.copyOf(runtimes.running());
        Instant now = clock.instant();
        announcements.announce(running.stream().map(runtime -> runtime.tenant().value()).toList(), now);
        Map<String, Integer> instances = announcements.instancesPerTenant(now, live);
        for (TenantRuntime runtime : running) {
            int sharing = instances.getOrDefault(runtime.tenant().value(), 1);
            if (sharing > 1) {
                EventProcessingConfiguration processing = runtime.axon().eventProcessingConfiguration();
                processing.eventProcessors().forEach((name, processor) -> balance(runtime, processing, name, processor, sharing));
            }
        }
    }

    private void balance(TenantRuntime runtime, EventProcessingConfiguration processing, String name,
                         EventProcessor processor, int sharing) {
        if (!(processor instanceof StreamingEventProcessor streaming) || streaming.processingStatus().size() < 2) {
            return; // holding one segment or none is never more than a share
        }
        int segments = processing.tokenStore(name).fetchSegments(name).length;
        for (int segment : FairShare.excess(streaming.processingStatus().keySet(), segments, sharing)) {
            log.info("Tenant {}: releasing segment {} of {} to another of the {} instances running it",
                     runtime.tenant(), segment, name, sharing);
            streaming.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("Could not balance processor segments; trying again at the next heartbeat", e);
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
        try {
            announcements.withdraw();
        } catch (RuntimeException e) {
            log.warn("Could not withdraw this instance's announcement; the others count it out once it is stale", e);
        }
    }
}
