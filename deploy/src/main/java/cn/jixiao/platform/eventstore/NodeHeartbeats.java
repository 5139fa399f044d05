package cn.jixiao.platform.eventstore;

import cn.jixiao.platform.mongo.MongoSettings;
import cn.jixiao.query.projection.DerivedWrites;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.axonframework.common.AxonThreadFactory;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This instance's heartbeat, {@code {_id: nodeId, seen}} in {@code jixiao_platform.nodes}, written every
 * {@code claim-timeout / 6}; a node not seen for {@code jixiao.processing.claim-timeout} is dead and its claims may
 * be taken. Reads are by {@code _id} and cached for a heartbeat period, so deciding costs at most one key read.
 * <p>
 * The beat is a presence write ({@link DerivedWrites#PRESENCE}): a crash that takes it back has also ended the node
 * it speaks for, so the embedded store does not commit it on its own (with a thousand tenants its idle commits were
 * the largest idle cost). The segment balancer beats in the same tick as it announces the node's tenants; this
 * node's own timer beats only when no other beat came within a period.
 */
@Component
public class NodeHeartbeats implements NodeLiveness, DisposableBean {

    static final String DATABASE = "jixiao_platform";
    static final String COLLECTION = "nodes";
    private static final Logger log = LoggerFactory.getLogger(NodeHeartbeats.class);

    private final MongoCollection<Document> nodes;
    private final String nodeId;
    private final Clock clock;
    private final Duration timeout;
    private final Duration period;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private volatile long lastBeatNanos;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("node-heartbeat"));

    public NodeHeartbeats(MongoClient client, Clock clock, MongoSettings settings,
                          @Value("${jixiao.processing.claim-timeout:60s}") Duration timeout) {
        this.nodeId = nodeId(settings);
        this.nodes = client.getDatabase(DATABASE).getCollection(COLLECTION);
        this.clock = clock;
        this.timeout = timeout;
        this.period = timeout.dividedBy(6);
        // due at once if the first beat fails: nanoTime has no fixed origin, so 0 need not lie a period back
        this.lastBeatNanos = System.nanoTime() - period.toNanos();
        beat();
        thread.scheduleWithFixedDelay(this::beatIfDue, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The node that hosts an embedded store on a data directory. */
    static final String EMBEDDED_NODE = "embedded";

    public String nodeId() {
        return nodeId;
    }

    /**
     * {@code pid@host}; on the embedded default with a data directory, {@code embedded}: the one process that hosts
     * the store (its files are opened by one process at a time; other instances reach it by URI and are told apart
     * by pid). So the claims a crashed process left are resumed at once by the next one, and so are those in a copy
     * restored from a backup, instead of after the claim timeout (with stale read models until then).
     */
    static String nodeId(MongoSettings settings) {
        String jvm = ManagementFactory.getRuntimeMXBean().getName();
        if (!settings.isEmbedded() || settings.embedded().inMemory()) {
            return jvm;
        }
        return EMBEDDED_NODE;
    }

    @Override
    public boolean isAlive(String node) {
        Instant now = clock.instant();
        Seen known = seen.get(node);
        if (known == null || known.readAt().isBefore(now.minus(period))) {
            Document document = nodes.find(new Document("_id", node)).first();
            known = new Seen(document == null ? Instant.EPOCH : document.getDate("seen").toInstant(), now);
            seen.put(node, known);
        }
        return known.lastBeat().isAfter(now.minus(timeout));
    }

    private void write() {
        nodes.replaceOne(new Document("_id", nodeId), new Document("_id", nodeId).append("seen", Date.from(clock.instant())),
                         DerivedWrites.presence());
        lastBeatNanos = System.nanoTime();
    }

    private void beatIfDue() {
        if (System.nanoTime() - lastBeatNanos >= period.toNanos()) {
            beat();
        }
    }

    /** Writes this node's heartbeat now (a failure is logged): a caller's timer saves this node's timer a write. */
    public void beat() {
        try {
            write();
        } catch (RuntimeException e) {
            log.warn("Could not write this node's heartbeat; its claims may be taken if this lasts", e);
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }

    private record Seen(Instant lastBeat, Instant readAt) {
    }
}
