package cn.jixiao.command.idempotency;

import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.testing.MutableClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentRequestsTest {

    private final TestTenant tenant = new TestTenant();
    private final MutableClock clock = new MutableClock(Instant.parse("2020-03-01T08:00:00Z"));
    private final IdempotentRequests requests = new IdempotentRequests(tenant.idempotencyRecords(), new ObjectMapper(), clock);
    private final Actor filer = new Actor("u-kuang", "旷文倩", Set.of(Role.FILER), TestActors.NANYUE, "430412-ZRJD");
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void tearDown() {
        tenant.close();
    }

    @Test
    void theFirstResponseIsStoredWithItsStatusHeadersAndBody() {
        send("k-1", "a");
        IdempotencyRecord stored = tenant.idempotencyRecords().find(TestActors.NANYUE, "u-kuang:k-1").orElseThrow();

        assertThat(stored.response().status()).isEqualTo(201);
        assertThat(stored.response().headers()).containsEntry("Location", "/api/v1/declarations/d-1");
        assertThat(stored.response().body()).containsEntry("run", 1);
        assertThat(stored.requestHash()).hasSize(64);
        assertThat(stored.createdAt()).isNotNull();
    }

    @Test
    void aRepeatWithin24HoursRunsNothing() {
        send("k-1", "a");
        clock.advance(Duration.ofHours(23));
        ResponseEntity<?> repeat = send("k-1", "a");

        assertThat(runs).hasValue(1);
        assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void after24HoursTheKeyIsFreeAgain() {
        send("k-1", "a");
        clock.advance(Duration.ofHours(25));
        send("k-1", "a");

        assertThat(runs).hasValue(2);
    }

    @Test
    void keysAreNeverSharedBetweenUsers() {
        send("k-1", "a");
        Actor colleague = new Actor("u-other", "同事", Set.of(Role.FILER), TestActors.NANYUE, "430412-ZRJD");
        requests.once(colleague, "k-1", "POST /x", "a", this::action).block();

        assertThat(runs).hasValue(2);
    }

    private ResponseEntity<?> send(String key, Object body) {
        return requests.once(filer, key, "POST /declarations", body, this::action).block();
    }

    private Mono<ResponseEntity<?>> action() {
        int run = runs.incrementAndGet();
        return Mono.just(ResponseEntity.created(URI.create("/api/v1/declarations/d-1")).body(Map.of("run", run)));
    }
}
