package cn.jixiao.query.projection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * Tells readers that a projection wrote something. A notification is a hint: a reader waiting for its write also
 * reads again on its own, and a dashboard stream shows the next change. So one that cannot be delivered (emitters
 * of several segments contending for longer than the retry handler waits, as on a loaded machine) is dropped, and
 * never fails the projection's write: that write is done, and failing it would have its declaration parked.
 */
public final class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    /** Processors of several tenants and segments may emit at once: wait briefly before giving up. */
    private static final Sinks.EmitFailureHandler RETRY_WHEN_CONCURRENT = Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100));

    private Notifications() {
    }

    public static <T> void emit(Sinks.Many<T> sink, T value) {
        emit(sink, value, RETRY_WHEN_CONCURRENT);
    }

    static <T> void emit(Sinks.Many<T> sink, T value, Sinks.EmitFailureHandler retry) {
        try {
            sink.emitNext(value, retry);
        } catch (Sinks.EmissionException e) {
            log.debug("Notification {} dropped: {}", value, e.getReason());
        }
    }
}
