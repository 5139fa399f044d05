package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.testing.MutableClock;
import cn.jixiao.kernel.tenant.TenantId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class TenantRuntimesTest {

    private static final TenantId COUNTY = TenantId.of("nanyue");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final TenantRegistry registry = mock(TenantRegistry.class);
    private final TenantAxonFactory axon = mock(TenantAxonFactory.class);
    private final MongoClient client = mock(MongoClient.class);
    private final TenantRuntimes runtimes = new TenantRuntimes(registry, client, axon, clock, Duration.ofMinutes(30));

    TenantRuntimesTest() {
        when(registry.find(COUNTY)).thenReturn(Optional.of(
                new Tenant(COUNTY, "南岳区财政局", "湖南省衡阳市", Tenant.Status.ACTIVE, clock.instant(), null)));
        when(client.getDatabase(any())).thenReturn(mock(MongoDatabase.class));
        when(axon.start(eq(COUNTY), any())).thenAnswer(call -> new TenantRuntime(COUNTY, call.getArgument(1), mock(Configuration.class)));
    }

    @AfterEach
    void stop() {
        runtimes.destroy();
    }

    @Test
    void aTenantUnusedForTheIdleTimeoutReleasesItsRuntimeAndStartsAgainOnItsNextRequest() {
        TenantRuntime first = runtimes.of(COUNTY).orElseThrow();
        clock.advance(Duration.ofMinutes(20));
        assertThat(runtimes.touch(COUNTY)).isTrue();
        clock.advance(Duration.ofMinutes(20));

        runtimes.releaseIdle();
        assertThat(runtimes.running()).containsExactly(first);
        verify(first.axon(), never()).shutdown();

        clock.advance(Duration.ofMinutes(11));
        runtimes.releaseIdle();
        assertThat(runtimes.running()).isEmpty();
        verify(first.axon()).shutdown();
        assertThat(runtimes.touch(COUNTY)).isFalse();

        TenantRuntime again = runtimes.of(COUNTY).orElseThrow();
        assertThat(again).isNotSameAs(first);
        verify(axon, times(2)).start(eq(COUNTY), any());
    }

    @Test
    void aTenantInUseIsNeverReleased() {
        TenantRuntime runtime = runtimes.of(COUNTY).orElseThrow();
        for (int minute = 0; minute < 120; minute += 10) {
            clock.advance(Duration.ofMinutes(10));
            runtimes.of(COUNTY);
            runtimes.releaseIdle();
        }

        assertThat(runtimes.running()).containsExactly(runtime);
        verify(axon, times(1)).start(eq(COUNTY), any());
    }
}
