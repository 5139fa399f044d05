package cn.jixiao.query.dashboard;

import cn.jixiao.query.projection.KeyedWrites;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of each year of one generation, precomputed: {@code dashboard_years} holds, per year, every
 * declaration's {@link YearEntry} (the projection's working set), and {@code dashboard_snapshots} the snapshot
 * readers get, one small document per year read by {@code _id}.
 *
 * <p>Entries only move forward: an entry is replaced by one of a higher sequence number, whoever writes it, so the
 * live processor and a rebuild may merge in any order. The entries document is written by compare-and-set on its
 * version, the snapshot after it, and only if it is older: a crash in between is repaired by the next merge, which
 * the redelivered batch performs again (its declarations are merged even when their events were applied already).
 */
final class DashboardYears {

    static final String ENTRIES = "dashboard_years";
    static final String SNAPSHOTS = "dashboard_snapshots";
    private static final String VERSION = "version";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> snapshots;

    DashboardYears(MongoCollection<Document> entries, MongoCollection<Document> snapshots) {
        this.entries = entries;
        this.snapshots = snapshots;
    }

    static DashboardYears of(MongoDatabase database, cn.jixiao.query.rebuild.CollectionNames names) {
        return new DashboardYears(database.getCollection(names.of(ENTRIES)), database.getCollection(names.of(SNAPSHOTS)));
    }

    void ensureIndexes() {
        KeyedWrites.ensureVersionKey(entries, VERSION);
        KeyedWrites.ensureVersionKey(snapshots, VERSION);
    }

    /** The dashboard of {@code year}: an empty one while no declaration of it is projected. */
    DashboardSnapshot snapshot(int year) {
        Document stored = snapshots.find(new Document("_id", year)).first();
        return stored == null ? DashboardSnapshot.of(year, List.of()) : parse(stored.getString("snapshot"));
    }

    /**
     * Merges the contributions of one year touched by a batch and stores the new snapshot. True when the figures
     * changed (open streams are then told).
     */
    boolean merge(int year, List<DashboardContribution> touched) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Document stored = entries.find(new Document("_id", year)).first();
            Long version = stored == null ? null : stored.get(VERSION, Number.class).longValue();
            Map<String, YearEntry> before = entriesOf(stored);
            Map<String, YearEntry> after = new LinkedHashMap<>(before);
            touched.forEach(c -> after.merge(c.declarationId(), YearEntry.of(c),
                    (old, fresh) -> fresh.seq() > old.seq() ? fresh : old));
            long next = version == null ? 1 : version + 1;
            if (after.equals(before)) {
                storeSnapshot(year, version == null ? 0 : version, after);
                return false;
            }
            if (KeyedWrites.compareAndSet(entries, year, VERSION, version, document(year, next, after))) {
                DashboardSnapshot snapshot = storeSnapshot(year, next, after);
                return !snapshot.equals(DashboardSnapshot.of(year, before.values()));
            }
        }
        throw new IllegalStateException("看板 " + year + " 年度数据持续写入冲突");
    }

    private DashboardSnapshot storeSnapshot(int year, long version, Map<String, YearEntry> entriesOfYear) {
        DashboardSnapshot snapshot = DashboardSnapshot.of(year, entriesOfYear.values());
        if (version > 0) {
            KeyedWrites.replaceIfNewer(snapshots, year, VERSION, version, new Document("_id", year)
                    .append(VERSION, version).append("snapshot", json(snapshot)), null);
        }
        return snapshot;
    }

    private static Document document(int year, long version, Map<String, YearEntry> entriesOfYear) {
        Document byDeclaration = new Document();
        entriesOfYear.forEach((id, entry) -> byDeclaration.append(id, entry.toDocument()));
        return new Document("_id", year).append(VERSION, version).append("entries", byDeclaration);
    }

    private static Map<String, YearEntry> entriesOf(Document stored) {
        Map<String, YearEntry> found = new LinkedHashMap<>();
        if (stored != null) {
            stored.get("entries", Document.class)
                    .forEach((id, entry) -> found.put(id, YearEntry.fromDocument((Document) entry)));
        }
        return found;
    }

    /** As JSON text: exactly what the API serves, decimals included, without a round trip through BSON types. */
    private static String json(DashboardSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dashboard of " + snapshot.year(), e);
        }
    }

    private static DashboardSnapshot parse(String json) {
        try {
            return JSON.readValue(json, DashboardSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored dashboard", e);
        }
    }
}
