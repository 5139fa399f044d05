package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.web.Readers;
import cn.jixiao.query.web.Years;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** {@code GET /api/v1/dashboard?year=} and its live variant {@code /stream}: for every reader of the tenant. */
@RestController
@RequestMapping("/api/v1/dashboard")
public class DashboardController {

    static final String EVENT_NAME = "dashboard";
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final DashboardFeed feed;
    private final Duration heartbeat;

    @Autowired
    public DashboardController(DashboardFeed feed) {
        this(feed, HEARTBEAT);
    }

    public DashboardController(DashboardFeed feed, Duration heartbeat) {
        this.feed = feed;
        this.heartbeat = heartbeat;
    }

    public DashboardController(TenantContexts contexts, DashboardChanges changes, Duration heartbeat) {
        this(new DashboardFeed(contexts, changes), heartbeat);
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
     * changed no figure) are sent once.
     */
    @Operation(summary = "看板实时推送（server-sent events，事件名 dashboard）：订阅时一份，此后每次变化一份")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<DashboardSnapshot>> stream(@RequestParam(required = false) String year, Actor actor) {
        TenantId tenant = Readers.tenantOf(actor);
        int wanted = Years.parse("year", year);
        Flux<ServerSentEvent<DashboardSnapshot>> snapshots = feed.of(tenant, wanted)
                .map(snapshot -> ServerSentEvent.builder(snapshot).event(EVENT_NAME).build());
        Flux<ServerSentEvent<DashboardSnapshot>> heartbeats = Flux.interval(heartbeat, heartbeat)
                .map(tick -> ServerSentEvent.<DashboardSnapshot>builder().comment("heartbeat").build());
        return Flux.merge(snapshots, heartbeats);
    }
}
