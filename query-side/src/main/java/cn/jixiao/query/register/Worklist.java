package cn.jixiao.query.register;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.TenantContext;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code GET /declarations?queue=mine} adds to the list: a business reviewer's queue narrowed to the units
 * of the section the register puts them in, and for every row how long it has waited since it entered the
 * queue (its last change: the submission, or the business section's pass). A reviewer the register does not
 * place in a section sees the whole stage's queue, as before there was a register.
 */
public final class Worklist {

    private static final Worklist NONE = new Worklist(null, null);

    private final Bson units;
    private final Instant now;

    private Worklist(Bson units, Instant now) {
        this.units = units;
        this.now = now;
    }

    /** Blocking (reads the register's read model). */
    public static Worklist of(TenantContext ctx, Actor actor, String queue, Clock clock) {
        if (!"mine".equals(queue)) {
            return NONE;
        }
        return new Worklist(actor.has(Role.BUSINESS_REVIEWER) ? sectionUnits(ctx, actor) : null, clock.instant());
    }

    public Bson narrowed(Bson filter) {
        return units == null ? filter : Filters.and(filter, units);
    }

    /** How long a row last changed at {@code updatedAt} has waited; empty outside the queue. */
    public Optional<Duration> waited(String updatedAt) {
        if (now == null || updatedAt == null) {
            return Optional.empty();
        }
        Duration waited = Duration.between(Instant.parse(updatedAt), now).truncatedTo(ChronoUnit.SECONDS);
        return Optional.of(waited.isNegative() ? Duration.ZERO : waited);
    }

    private static Bson sectionUnits(TenantContext ctx, Actor actor) {
        RegisterStore rows = RegisterReadModel.active(ctx.database());
        Document user = rows.collection(RegisterStore.USERS).find(Filters.eq("_id", actor.id())).first();
        String section = user == null ? null : user.getString("section");
        if (section == null) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        rows.collection(RegisterStore.UNITS).find(Filters.eq("section", section))
                .forEach(unit -> codes.add(unit.getString("code")));
        return Filters.in("unit.code", codes);
    }
}
