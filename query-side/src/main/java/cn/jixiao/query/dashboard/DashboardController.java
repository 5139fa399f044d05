package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.web.Readers;
import cn.jixiao.query.web.Years;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** {@code GET /api/v1/dashboard?year=} and its live variant {@code /stream}: for every reader of the tenant. */
@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "看板", description = "本租户的实时看板")
public class DashboardController {

    static final String EVENT_NAME = "dashboard";
    static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final DashboardFeed feed;
    private final Duration heartbeat;
    private final DashboardStreams streams;

    @Autowired
    public DashboardController(DashboardFeed feed,
                               @Value("${jixiao.dashboard.streams-per-user:" + DashboardStreams.DEFAULT_PER_USER + "}") int perUser,
                               @Value("${jixiao.dashboard.streams-per-tenant:" + DashboardStreams.DEFAULT_PER_TENANT + "}") int perTenant) {
        this(feed, HEARTBEAT, new DashboardStreams(perUser, perTenant));
    }

    public DashboardController(TenantContexts contexts, DashboardChanges changes, Duration heartbeat) {
        this(contexts, changes, heartbeat, new DashboardStreams(DashboardStreams.DEFAULT_PER_USER,
                DashboardStreams.DEFAULT_PER_TENANT));
    }

    public DashboardController(TenantContexts contexts, DashboardChanges changes, Duration heartbeat,
                               DashboardStreams streams) {
        this(new DashboardFeed(contexts, changes), heartbeat, streams);
    }

    public DashboardController(DashboardFeed feed, Duration heartbeat, DashboardStreams streams) {
        this.feed = feed;
        this.heartbeat = heartbeat;
        this.streams = streams;
    }

    @Operation(summary = "本年度看板：按状态的申报数、预算合计、各类指标数、警示、审核用时")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<DashboardSnapshot> dashboard(@RequestParam(required = false) String year, Actor actor) {
        TenantId tenant = Readers.tenantOf(actor);
        return feed.snapshot(tenant, Years.parse("year", year));
    }

    /**
     * A snapshot at once, then one after each change of this tenant's dashboard of that year (sampled), and a
     * comment every 15 s so proxies keep the connection open. Identical snapshots in a row (an event that
     * changed no figure) are sent once. Each snapshot's {@code id:} names its content, so a client that comes back
     * with {@code Last-Event-ID} is not sent again the snapshot it already shows. At most
     * {@value DashboardStreams#DEFAULT_PER_USER} streams per user and {@value DashboardStreams#DEFAULT_PER_TENANT}
     * per tenant by default (429 beyond); a stream's place is given back when the client goes away.
     */
    @Operation(summary = "看板实时推送（server-sent events，事件名 dashboard，id 为快照标识，支持 Last-Event-ID）：订阅时一份，此后每次变化一份")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<DashboardSnapshot>> stream(@RequestParam(required = false) String year,
                                                           @RequestHeader(name = LAST_EVENT_ID, required = false)
                                                           String lastEventId,
                                                           Actor actor) {
        TenantId tenant = Readers.tenantOf(actor);
        int wanted = Years.parse("year", year);
        streams.acquire(actor);
        return live(tenant, wanted, lastEventId).doFinally(signal -> streams.release(actor));
    }

    private Flux<ServerSentEvent<DashboardSnapshot>> live(TenantId tenant, int wanted, String lastEventId) {
        Flux<ServerSentEvent<DashboardSnapshot>> snapshots = feed.of(tenant, wanted)
                .map(snapshot -> ServerSentEvent.builder(snapshot).id(idOf(snapshot)).event(EVENT_NAME).build())
                .skipWhile(event -> event.id().equals(lastEventId));
        Flux<ServerSentEvent<DashboardSnapshot>> heartbeats = Flux.interval(heartbeat, heartbeat)
                .map(tick -> ServerSentEvent.<DashboardSnapshot>builder().comment("heartbeat").build());
        return Flux.merge(snapshots, heartbeats);
    }

    /** The snapshot's content, named: the same figures always have the same id, on every instance. */
    static String idOf(DashboardSnapshot snapshot) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(snapshot.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
