package cn.jixiao.query.projection;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class NotificationsTest {

    @Test
    void aNotificationThatCannotGetThroughIsDroppedInsteadOfFailingTheProjectionsWrite() throws Exception {
        Sinks.Many<String> sink = Sinks.many().multicast().directBestEffort();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        sink.asFlux().subscribe(value -> {
            inside.countDown();
            awaitQuietly(release); // a slow reader holds the sink while it handles "first"
        });
        Thread first = new Thread(() -> Notifications.emit(sink, "first", Sinks.EmitFailureHandler.FAIL_FAST));
        first.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatCode(() -> Notifications.emit(sink, "second", Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(20))))
                .doesNotThrowAnyException();

        release.countDown();
        first.join(10_000);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
