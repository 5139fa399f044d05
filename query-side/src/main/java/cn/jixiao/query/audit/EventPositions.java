package cn.jixiao.query.audit;

import cn.jixiao.query.TenantContext;

import java.util.Collection;
import java.util.Map;

/**
 * Each event's own place in its tenant's global order, as the event store keeps it; deploy implements it.
 * <p>
 * Why the audit projection needs it: a leaf records the event's global position, and verification recomputes
 * it from the store in order. A tracking processor hands an event that fills a gap (a writer that inserted
 * after a later one, as happens under concurrent commands and after a crash) with the token of the highest
 * position seen so far, not its own; a leaf built from that token could never be verified.
 */
@FunctionalInterface
public interface EventPositions {

    /** Without an event store to ask (projection tests): the position of the token each event came with. */
    EventPositions FROM_TOKENS = (ctx, eventIds) -> Map.of();

    /** The global positions of these events by event id; events the store does not know are left out. */
    Map<String, Long> of(TenantContext ctx, Collection<String> eventIds);
}
