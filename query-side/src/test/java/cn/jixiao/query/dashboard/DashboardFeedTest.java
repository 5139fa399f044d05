package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.rebuild.CollectionNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardFeedTest {

    private static final TenantId TENANT = TenantId.of("nanyue");

    private final InMemoryTenants mongo = new InMemoryTenants();
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
        CountDownLatch bothHaveTheFirst = new CountDownLatch(2);
        Mono<List<DashboardSnapshot>> first = twoSnapshots(bothHaveTheFirst);
        Mono<List<DashboardSnapshot>> second = twoSnapshots(bothHaveTheFirst);
        first.subscribe();
        second.subscribe();
        assertThat(bothHaveTheFirst.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(reads).hasValue(1);

        DeclarationStream zhurong = new DeclarationStream("001", 2020);
        new DashboardReadModel(changes).writer(mongo.of(TENANT), new CollectionNames(1))
                .write(List.of(zhurong.created(), zhurong.submitted(1)));

        List<DashboardSnapshot> seenByFirst = first.block(Duration.ofSeconds(20));
        List<DashboardSnapshot> seenBySecond = second.block(Duration.ofSeconds(20));
        assertThat(seenByFirst).isEqualTo(seenBySecond);
        assertThat(seenByFirst.get(1).byStatus()).containsEntry(DeclarationStatus.SUBMITTED, 1);
        assertThat(reads).hasValue(2);
    }

    /** The first two snapshots a stream gets; {@code firstSeen} counts down at the first. */
    private Mono<List<DashboardSnapshot>> twoSnapshots(CountDownLatch firstSeen) {
        return feed.of(TENANT, 2020).index()
                .doOnNext(indexed -> {
                    if (indexed.getT1() == 0) {
                        firstSeen.countDown();
                    }
                })
                .map(indexed -> indexed.getT2())
                .take(2).collectList().cache();
    }
}
