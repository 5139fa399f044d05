package cn.jixiao.platform.processing;

import cn.jixiao.platform.eventstore.NodeHeartbeats;
import cn.jixiao.platform.tenancy.TenantRuntime;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import com.mongodb.client.MongoClient;
import org.axonframework.common.AxonThreadFactory;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Spreads each tenant's processor segments over the instances running it, and claims what this instance lacks.
 * Every {@code claim-timeout / 6} this instance announces the tenants it runs and, per processor:
 * <ul>
 * <li>releases the segments it holds beyond {@code ceil(segments / instances running the tenant)} for a claim
 * timeout, so another instance claims them;</li>
 * <li>asks its processor to claim segments while it holds fewer than {@code floor(segments / instances)}: after
 * another instance died or stopped, after a release by another, or after an error made its own processor let a
 * segment go.</li>
 * </ul>
 * That is what keeps an idle tenant cheap: Axon's coordinators need not wake every few seconds to look for
 * unclaimed segments ({@code jixiao.processing.claim-interval} is long), since this one timer for all tenants looks
 * in memory and asks only when a processor lacks something. An instance counts while seen within
 * {@code claim-timeout / 2}, well before its claims expire, so a survivor never gives back a segment it took over
 * from a dead instance.
 * <p>
 * Claiming stays Axon's, on the token store's compare-and-set. A dead instance's segments become claimable when its
 * heartbeat is older than the claim timeout ({@link NodeHeartbeats}).
 */
@Component
public class SegmentBalancer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final TenantRuntimes runtimes;
    private final InstanceAnnouncements announcements;
    private final NodeHeartbeats nodes;
    private final Clock clock;
    private final Duration live;
    private final Duration releaseFor;
    /** Segment ids per tenant and processor, read once: processors here are never split or merged. */
    private final Map<String, int[]> segmentIds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("segment-balancer"));

    public SegmentBalancer(TenantRuntimes runtimes, MongoClient client, NodeHeartbeats nodes, Clock clock,
                           @Value("${jixiao.processing.claim-timeout:60s}") Duration claimTimeout) {
        this.runtimes = runtimes;
        this.announcements = new InstanceAnnouncements(client, nodes.nodeId());
        this.nodes = nodes;
        this.clock = clock;
        this.live = claimTimeout.dividedBy(2);
        Duration period = claimTimeout.dividedBy(6);
        this.releaseFor = claimTimeout;
        thread.scheduleWithFixedDelay(this::balanceQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Announces this instance's tenants, then gives up what it holds beyond its share and claims what it lacks. */
    void balance() {
        List<TenantRuntime> running = List.copyOf(runtimes.running());
        Instant now = clock.instant();
        announcements.announce(running.stream().map(runtime -> runtime.tenant().value()).toList(), now);
        nodes.beat(); // beside the announcement: the node's own timer then has nothing to write this period
        Map<String, Integer> instances = announcements.instancesPerTenant(now, live);
        for (TenantRuntime runtime : running) {
            int sharing = instances.getOrDefault(runtime.tenant().value(), 1);
            EventProcessingConfiguration processing = runtime.axon().eventProcessingConfiguration();
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                    balance(runtime, processing, name, streaming, sharing);
                }
            });
        }
        // A set: with 1,000 tenants of 7 processors, retaining against a list was 49 million comparisons a look.
        segmentIds.keySet().retainAll(running.stream().flatMap(runtime -> runtime.axon().eventProcessingConfiguration()
                .eventProcessors().keySet().stream().map(name -> key(runtime, name))).collect(Collectors.toSet()));
    }

    private void balance(TenantRuntime runtime, EventProcessingConfiguration processing, String name,
                         StreamingEventProcessor streaming, int sharing) {
        Set<Integer> held = streaming.processingStatus().keySet();
        int[] segments = segmentIds.computeIfAbsent(key(runtime, name), k -> processing.tokenStore(name).fetchSegments(name));
        if (segments.length == 0) {
            segmentIds.remove(key(runtime, name)); // not initialised yet: read again next time
            return;
        }
        for (int segment : FairShare.excess(held, segments.length, sharing)) {
            log.info("Tenant {}: releasing segment {} of {} to another of the {} instances running it",
                     runtime.tenant(), segment, name, sharing);
            streaming.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
        }
        for (int segment : FairShare.missing(held, segments, sharing)) {
            log.debug("Tenant {}: asking {} to claim segment {}", runtime.tenant(), name, segment);
            streaming.claimSegment(segment);
        }
    }

    private static String key(TenantRuntime runtime, String processor) {
        return runtime.tenant().value() + "/" + processor;
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
