package cn.jixiao.query.listing;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.input.Violation;
import cn.jixiao.query.web.Paging;
import cn.jixiao.query.web.Readers;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameters of {@code GET /declarations}, checked (every problem reported at once as a 400 violation) and
 * turned into a MongoDB filter and sort.
 */
record ListQuery(Integer year, Set<DeclarationStatus> statuses, String unit, String q, int page, int size,
                 String sortField, boolean descending, DeclarationKind kind) {

    /** API sort names and the document paths they sort by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "updatedAt", "updatedAt", "year", "year", "status", "status", "version", "version",
            "unitName", "unit.name", "unitCode", "unit.code");

    static ListQuery of(Actor actor, Integer year, String status, String unit, String q, String queue,
                        int page, int size, String sort, String kind) {
        List<Violation> violations = new ArrayList<>();
        DeclarationKind wantedKind = kind(kind, violations);
        Paging.check(page, size, violations);
        Set<DeclarationStatus> statuses = statuses(actor, status, queue, violations);
        String[] sortParts = (sort == null || sort.isBlank() ? "updatedAt,desc" : sort).split(",", -1);
        String sortField = SORTABLE.get(sortParts[0].trim());
        if (sortField == null) {
            violations.add(new Violation("sort", "SORT_FIELD_INVALID", "只能按 " + String.join("、", SORTABLE.keySet().stream().sorted().toList()) + " 排序"));
        }
        String direction = sortParts.length > 1 ? sortParts[1].trim().toLowerCase() : "asc";
        if (sortParts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            violations.add(new Violation("sort", "SORT_DIRECTION_INVALID", "排序方向只能是 asc 或 desc"));
        }
        Paging.throwIfAny(violations);
        return new ListQuery(year, statuses, ownUnit(actor, unit), q == null || q.isBlank() ? null : q.trim(),
                page, size, sortField, direction.equals("desc"), wantedKind);
    }

    /** DEPARTMENT or PROJECT; null: both kinds. */
    private static DeclarationKind kind(String kind, List<Violation> violations) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return DeclarationKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("kind", "KIND_INVALID", "kind 只能是 DEPARTMENT 或 PROJECT"));
            return null;
        }
    }

    /** A filer's list is its own unit's; asking for another unit is refused rather than silently emptied. */
    private static String ownUnit(Actor actor, String unit) {
        Optional<String> limit = Readers.unitLimit(actor);
        if (limit.isEmpty()) {
            return unit == null || unit.isBlank() ? null : unit.trim();
        }
        if (unit != null && !unit.isBlank()) {
            Readers.checkUnit(actor, unit.trim());
        }
        return limit.get();
    }

    /** The status filter and the reviewer's queue together: a row must satisfy both. Null: any status. */
    private static Set<DeclarationStatus> statuses(Actor actor, String status, String queue, List<Violation> violations) {
        Set<DeclarationStatus> wanted = EnumSet.allOf(DeclarationStatus.class);
        boolean filtered = false;
        if (status != null && !status.isBlank()) {
            try {
                wanted = EnumSet.of(DeclarationStatus.valueOf(status.trim()));
                filtered = true;
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("status", "STATUS_INVALID", "未知的状态: " + status));
            }
        }
        if (queue != null && !queue.isBlank()) {
            if (!queue.equals("mine")) {
                violations.add(new Violation("queue", "QUEUE_INVALID", "queue 只能是 mine"));
            } else {
                Set<DeclarationStatus> mine = queueOf(actor);
                if (mine.isEmpty()) {
                    violations.add(new Violation("queue", "QUEUE_NOT_A_REVIEWER", "只有审核人员有待审队列"));
                }
                wanted.retainAll(mine);
                filtered = true;
            }
        }
        return filtered ? wanted : null;
    }

    /**
     * What waits for the actor: the competent department reviews SUBMITTED project forms, the business section
     * SUBMITTED forms and those the competent department passed, the performance section the passed ones.
     */
    private static Set<DeclarationStatus> queueOf(Actor actor) {
        Set<DeclarationStatus> queue = EnumSet.noneOf(DeclarationStatus.class);
        if (actor.has(Role.BUSINESS_REVIEWER)) {
            queue.add(DeclarationStatus.SUBMITTED);
            queue.add(DeclarationStatus.COMPETENT_REVIEWED);
        }
        if (actor.has(Role.COMPETENT_REVIEWER)) {
            queue.add(DeclarationStatus.SUBMITTED);
        }
        if (actor.has(Role.PERFORMANCE_REVIEWER)) {
            queue.add(DeclarationStatus.BUSINESS_REVIEWED);
        }
        return queue;
    }

    Bson filter() {
        List<Bson> filters = new ArrayList<>();
        if (year != null) {
            filters.add(Filters.eq("year", year));
        }
        if (statuses != null) {
            filters.add(Filters.in("status", statuses.stream().map(Enum::name).toList()));
        }
        if (unit != null) {
            filters.add(Filters.eq("unit.code", unit));
        }
        if (kind != null) {
            filters.add(Filters.eq("kind", kind.name()));
        }
        if (q != null) {
            // A quoted pattern: the user's text is matched literally, case-insensitively, on any MongoDB backend.
            filters.add(Filters.regex("unit.name", Pattern.quote(q), "i"));
        }
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }

    int skip() {
        return (int) Math.min(Integer.MAX_VALUE, (long) page * size);
    }

    /** Ties broken by id so that pages never overlap. */
    Bson sort() {
        return Sorts.orderBy(descending ? Sorts.descending(sortField) : Sorts.ascending(sortField), Sorts.ascending("_id"));
    }
}
