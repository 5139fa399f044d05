package cn.jixiao.platform.processing;

import cn.jixiao.platform.eventstore.NodeHeartbeats;
import cn.jixiao.platform.tenancy.TenantRuntime;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import com.mongodb.client.MongoClient;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
    /**
     * Per running tenant, its streaming processors and their segment ids, looked up once: processors here are never
     * added, split or merged while a runtime runs. Axon builds its map of processors anew on every call, which was a
     * sixth of what 1,000 idle tenants cost when asked every look.
     */
    private final Map<TenantRuntime, Processors> processors = new ConcurrentHashMap<>();
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
            processors.computeIfAbsent(runtime, Processors::of).balance(sharing, releaseFor);
        }
        processors.keySet().retainAll(Set.copyOf(running));
    }

    /** A runtime's streaming processors by name, and each one's segment ids once its token store has them. */
    private record Processors(TenantRuntime runtime, Map<String, StreamingEventProcessor> byName,
                              Map<String, int[]> segmentIds) {

        static Processors of(TenantRuntime runtime) {
            Map<String, StreamingEventProcessor> streaming = new LinkedHashMap<>();
            runtime.axon().eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor candidate) {
                    streaming.put(name, candidate);
                }
            });
            return new Processors(runtime, streaming, new ConcurrentHashMap<>());
        }

        void balance(int sharing, Duration releaseFor) {
            byName.forEach((name, streaming) -> {
                if (streaming.isRunning()) {
                    balance(name, streaming, sharing, releaseFor);
                }
            });
        }

        private void balance(String name, StreamingEventProcessor streaming, int sharing, Duration releaseFor) {
            Set<Integer> held = streaming.processingStatus().keySet();
            int[] segments = segmentIds.computeIfAbsent(name,
                    k -> runtime.axon().eventProcessingConfiguration().tokenStore(name).fetchSegments(name));
            if (segments.length == 0) {
                segmentIds.remove(name); // not initialised yet: read again next time
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
