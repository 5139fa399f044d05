package cn.jixiao.query.rebuild;

import cn.jixiao.query.form.IsoTimes;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code GET /api/v1/admin/projections/rebuild}. {@code eventsTotal} is counted when the rebuild starts; events
 * written meanwhile are replayed too, so {@code eventsDone} may end a little above it.
 */
public record RebuildStatus(State state, long eventsDone, long eventsTotal, String startedAt, String finishedAt,
                            Integer generation, String error, String heartbeatAt) {

    public enum State { IDLE, COUNTING, REPLAYING, SWITCHING, DONE, FAILED }

    static final RebuildStatus IDLE = new RebuildStatus(State.IDLE, 0, 0, null, null, null, null, null);

    static RebuildStatus started(int generation, Instant at) {
        String now = IsoTimes.format(at);
        return new RebuildStatus(State.COUNTING, 0, 0, now, null, generation, null, now);
    }

    RebuildStatus replaying(long total) {
        return new RebuildStatus(State.REPLAYING, 0, total, startedAt, null, generation, null, now());
    }

    RebuildStatus progressed(long done) {
        return new RebuildStatus(state, done, eventsTotal, startedAt, null, generation, null, now());
    }

    RebuildStatus switching() {
        return new RebuildStatus(State.SWITCHING, eventsDone, eventsTotal, startedAt, null, generation, null, now());
    }

    RebuildStatus done(Instant at) {
        return new RebuildStatus(State.DONE, eventsDone, eventsTotal, startedAt, IsoTimes.format(at), generation, null, now());
    }

    RebuildStatus failed(Instant at, String message) {
        return new RebuildStatus(State.FAILED, eventsDone, eventsTotal, startedAt, IsoTimes.format(at), generation, message, now());
    }

    public boolean running() {
        return state == State.COUNTING || state == State.REPLAYING || state == State.SWITCHING;
    }

    /** A running rebuild that has not reported for {@code silence}: its node is gone, the claim may be taken over. */
    boolean abandonedFor(Duration silence, Instant now) {
        return running() && (heartbeatAt == null || Instant.parse(heartbeatAt).plus(silence).isBefore(now));
    }

    private static String now() {
        return IsoTimes.format(Instant.now());
    }
}
