package cn.jixiao.query.audit;

import java.time.Duration;

/** When a new tree head is signed: after {@code everyEvents} new leaves, or {@code every} after the last head if anything was added. */
public record TreeHeadPolicy(long everyEvents, Duration every) {

    public static final TreeHeadPolicy DEFAULT = new TreeHeadPolicy(100, Duration.ofSeconds(60));

    public TreeHeadPolicy {
        if (everyEvents < 1 || every == null || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("tree heads need a positive event count and interval");
        }
    }
}
