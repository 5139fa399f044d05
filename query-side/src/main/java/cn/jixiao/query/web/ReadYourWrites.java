package cn.jixiao.query.web;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * {@code ?minVersion=N}: a client that has just written version N waits (bounded) until the read model shows it,
 * instead of reading its own write as missing. Polls the stored version; 503 with {@code Retry-After: 1} when the
 * projection has not caught up in time.
 */
public final class ReadYourWrites {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(50);

    private ReadYourWrites() {
    }

    /** Completes once {@code storedVersion} reaches {@code minVersion}; at once when no minimum is asked. */
    public static Mono<Void> await(Long minVersion, Callable<Long> storedVersion, Duration wait) {
        if (minVersion == null) {
            return Mono.empty();
        }
        if (minVersion < 1) {
            return Mono.error(QueryProblem.invalid("minVersion", "MIN_VERSION_INVALID", "minVersion 须为正整数"));
        }
        return Blocking.call(storedVersion)
                .filter(version -> version >= minVersion)
                .repeatWhenEmpty(attempts -> attempts.delayElements(POLL))
                .timeout(wait)
                .onErrorMap(TimeoutException.class, e -> QueryProblem.notYet(
                        "查询数据尚未更新到版本 " + minVersion + "，请稍后重试"))
                .then();
    }
}
