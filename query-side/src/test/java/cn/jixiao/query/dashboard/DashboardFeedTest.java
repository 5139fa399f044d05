package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.rebuild.CollectionNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardFeedTest {

    private static final TenantId TENANT = TenantId.of("nanyue");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final DashboardChanges changes = new DashboardChanges();
    private final AtomicInteger reads = new AtomicInteger();
    private final TenantContexts counting = tenant -> {
        reads.incrementAndGet();
        return mongo.of(tenant);
    };
    private final DashboardFeed feed = new DashboardFeed(counting, changes, Duration.ofHours(1));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void openStreamsOfATenantAndYearShareOneReadPerChange() throws InterruptedException {
        Mono<List<DashboardSnapshot>> first = feed.of(TENANT, 2020).take(2).collectList().cache();
        Mono<List<DashboardSnapshot>> second = feed.of(TENANT, 2020).take(2).collectList().cache();
        first.subscribe();
        second.subscribe();
        awaitReads(1);

        DeclarationStream zhurong = new DeclarationStream("001", 2020);
        new DashboardReadModel(changes).writer(mongo.of(TENANT), new CollectionNames(1))
                .write(List.of(zhurong.created(), zhurong.submitted(1)));

        List<DashboardSnapshot> seenByFirst = first.block(Duration.ofSeconds(20));
        List<DashboardSnapshot> seenBySecond = second.block(Duration.ofSeconds(20));
        assertThat(seenByFirst).isEqualTo(seenBySecond);
        assertThat(seenByFirst.get(1).byStatus()).containsEntry(DeclarationStatus.SUBMITTED, 1);
        assertThat(reads).hasValue(2);
    }

    private void awaitReads(int expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (reads.get() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertThat(reads).hasValue(expected);
    }
}
