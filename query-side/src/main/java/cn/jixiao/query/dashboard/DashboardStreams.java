package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.web.ApiProblem;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many live dashboards are open, per user and per tenant, on this instance. Each open stream holds a
 * connection, a subscription to the tenant's changes and a periodic re-read; a user has a handful of browser tabs,
 * a bureau a few dozen screens, so beyond the limits a new stream is refused with 429 (the client should close
 * another first), and a stream's place is given back as soon as the client goes away.
 */
public final class DashboardStreams {

    public static final int DEFAULT_PER_USER = 5;
    public static final int DEFAULT_PER_TENANT = 100;

    private final int perUser;
    private final int perTenant;
    private final ConcurrentMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

    public DashboardStreams(int perUser, int perTenant) {
        this.perUser = perUser;
        this.perTenant = perTenant;
    }

    /** Takes a place for the actor's new stream, or refuses with 429; give it back with {@link #release}. */
    public void acquire(Actor actor) {
        String tenant = tenantKey(actor);
        String user = userKey(actor);
        if (increment(tenant) > perTenant) {
            decrement(tenant);
            throw ApiProblem.tooManyStreams("本单位已打开 " + perTenant + " 个看板实时连接，请稍后重试");
        }
        if (increment(user) > perUser) {
            decrement(user);
            decrement(tenant);
            throw ApiProblem.tooManyStreams("您已打开 " + perUser + " 个看板实时连接，请先关闭其他页面");
        }
    }

    public void release(Actor actor) {
        decrement(userKey(actor));
        decrement(tenantKey(actor));
    }

    /** Streams open for the actor (for tests and operators). */
    public int openFor(Actor actor) {
        AtomicInteger count = open.get(userKey(actor));
        return count == null ? 0 : count.get();
    }

    private int increment(String key) {
        return open.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private void decrement(String key) {
        open.computeIfPresent(key, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    private static String tenantKey(Actor actor) {
        return "t:" + actor.tenant();
    }

    private static String userKey(Actor actor) {
        return "u:" + actor.tenant() + ":" + actor.id();
    }
}
