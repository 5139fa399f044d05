package cn.jixiao.app;

import cn.jixiao.kernel.actor.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.core.Disposable;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 500 dashboard streams asked for by one viewer, then the tenant's whole allowance from 100 viewers: how many are
 * refused, and what the open streams cost in heap and threads, and whether the heap comes back once they close.
 */
@Tag("benchmark")
@ServiceTest
class DashboardStreamsBenchmark {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @Test
    void fiveHundredStreamsOfOneViewerAreRefusedBeyondTheLimitAndTheHeapComesBack() {
        // one connection per open stream: more than the client's default pool of 16
        client = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create(
                        ConnectionProvider.builder("streams").maxConnections(1000).build())))
                .baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
        String tenant = Tenants.onboard(client, "streams");
        long baseline = heapAfterGc();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

        AtomicInteger refused = new AtomicInteger();
        List<Disposable> open = new ArrayList<>();
        String viewer = Tokens.of(tenant, "one-viewer", null, Role.VIEWER);
        for (int i = 0; i < 500; i++) {
            open.add(stream(viewer, refused));
        }
        assertThat(refused.get()).isEqualTo(495);

        for (int user = 0; user < 100; user++) {
            open.add(stream(Tokens.of(tenant, "viewer-" + user, null, Role.VIEWER), refused));
        }
        long withStreams = heapAfterGc();
        int threadsWith = ManagementFactory.getThreadMXBean().getThreadCount();

        open.forEach(Disposable::dispose);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> true);
        long after = heapAfterGc();
        System.out.printf("DashboardStreamsBenchmark: 500 streams of one viewer: %d refused (429); then 100 viewers: "
                        + "%d refused in all (the tenant holds 100); heap (after GC) %,d MB before, %,d MB with 100 open streams, %,d MB after "
                        + "they closed; threads %d before, %d with%n",
                495, refused.get(), baseline / 1024 / 1024, withStreams / 1024 / 1024, after / 1024 / 1024,
                threadsBefore, threadsWith);
        assertThat(refused.get()).as("the tenant's 100 are full after the first viewer's 5").isEqualTo(500);
        assertThat(after - baseline).isLessThan(64L * 1024 * 1024);
    }

    private Disposable stream(String token, AtomicInteger refused) {
        FluxExchangeResult<ServerSentEvent<String>> result = client.get().uri("/api/v1/dashboard/stream?year=2020")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .returnResult(SSE);
        if (result.getStatus().value() == 429) {
            refused.incrementAndGet();
        }
        return result.getResponseBody().subscribe(event -> { }, error -> { });
    }

    private static long heapAfterGc() {
        System.gc();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
