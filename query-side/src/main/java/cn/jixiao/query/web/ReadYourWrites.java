package cn.jixiao.query.web;

import cn.jixiao.web.ApiProblem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * {@code ?minVersion=N}: a client that has just written version N waits (bounded) until the read model shows it,
 * instead of reading its own write as missing. The stored version is read once at once, then each time the
 * projection says it wrote that declaration, and on a slow fallback tick for writes projected by another instance;
 * 503 with {@code Retry-After: 1} when the projection has not caught up in time.
 */
public final class ReadYourWrites {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    /** Another instance's projection does not wake this one: read again this often meanwhile. */
    static final Duration FALLBACK = Duration.ofSeconds(1);

    private ReadYourWrites() {
    }

    /**
     * Completes once {@code storedVersion} reaches {@code minVersion}; at once when no minimum is asked.
     *
     * @param written emits whenever the projection wrote the declaration (subscribed before the first read)
     */
    public static Mono<Void> await(Long minVersion, Callable<Long> storedVersion, Flux<?> written, Duration wait) {
        if (minVersion == null) {
            return Mono.empty();
        }
        if (minVersion < 1) {
            return Mono.error(ApiProblem.invalid("minVersion", "MIN_VERSION_INVALID", "minVersion 须为正整数"));
        }
        // merge subscribes in order: the signal is watched before the first read, so no write slips in between
        return Flux.merge(written.map(any -> 0L), Flux.just(0L), Flux.interval(FALLBACK, FALLBACK))
                .onBackpressureLatest()
                .concatMap(tick -> Blocking.call(storedVersion), 1)
                .filter(version -> version >= minVersion)
                .next()
                .timeout(wait)
                .onErrorMap(TimeoutException.class, e -> ApiProblem.notYet(
                        "查询数据尚未更新到版本 " + minVersion + "，请稍后重试"))
                .then();
    }
}
