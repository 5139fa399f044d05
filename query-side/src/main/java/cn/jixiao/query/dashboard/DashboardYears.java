package cn.jixiao.query.dashboard;

import cn.jixiao.query.projection.KeyedWrites;
import cn.jixiao.query.rebuild.CollectionNames;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The figures of each year of one generation, precomputed, in three small kinds of documents:
 * <ul>
 *   <li>{@code dashboard_buckets}: per year and bucket (a sixteenth of the declarations, by id), every
 *       declaration's {@link YearEntry}, the projection's working set; a batch rewrites only its buckets;</li>
 *   <li>{@code dashboard_figures}: per year and bucket, the bucket's {@link YearFigures};</li>
 *   <li>{@code dashboard_snapshots}: per year, the snapshot readers get, one document read by {@code _id}.</li>
 * </ul>
 * Everything only moves forward, whoever writes: an entry is replaced by one of a higher sequence number; a bucket
 * by compare-and-set on its version; its figures carry that version and a snapshot the sum of its buckets' versions,
 * each written only over an older one. So the live processor and a rebuild may merge in any order, and a crash
 * between the writes is repaired by the redelivered batch, which merges its declarations again (even those whose
 * events were applied already) and rewrites what is behind.
 */
final class DashboardYears {

    static final String BUCKETS = "dashboard_buckets";
    static final String FIGURES = "dashboard_figures";
    static final String SNAPSHOTS = "dashboard_snapshots";
    static final int BUCKET_COUNT = 16;
    private static final String VERSION = "version";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final MongoCollection<Document> buckets;
    private final MongoCollection<Document> figures;
    private final MongoCollection<Document> snapshots;

    private DashboardYears(MongoCollection<Document> buckets, MongoCollection<Document> figures,
                           MongoCollection<Document> snapshots) {
        this.buckets = buckets;
        this.figures = figures;
        this.snapshots = snapshots;
    }

    static DashboardYears of(MongoDatabase database, CollectionNames names) {
        return new DashboardYears(database.getCollection(names.of(BUCKETS)), database.getCollection(names.of(FIGURES)),
                database.getCollection(names.of(SNAPSHOTS)));
    }

    void ensureIndexes() {
        KeyedWrites.ensureVersionKey(buckets, VERSION);
        KeyedWrites.ensureVersionKey(figures, VERSION);
        KeyedWrites.ensureVersionKey(snapshots, VERSION);
    }

    /** The dashboard of {@code year}: an empty one while no declaration of it is projected. */
    DashboardSnapshot snapshot(int year) {
        Document stored = snapshots.find(new Document("_id", year)).first();
        return stored == null ? DashboardSnapshot.of(year, YearFigures.NONE)
                : read(stored.getString("snapshot"), DashboardSnapshot.class);
    }

    /**
     * Merges the contributions of one year touched by a batch and stores the new snapshot. True when the figures
     * changed (open streams are then told).
     */
    boolean merge(int year, List<DashboardContribution> touched) {
        Map<Integer, List<DashboardContribution>> byBucket = new TreeMap<>();
        touched.forEach(c -> byBucket.computeIfAbsent(bucketOf(c.declarationId()), b -> new ArrayList<>()).add(c));
        boolean changed = false;
        for (Map.Entry<Integer, List<DashboardContribution>> bucket : byBucket.entrySet()) {
            changed |= mergeBucket(year, bucket.getKey(), bucket.getValue());
        }
        storeSnapshot(year);
        return changed;
    }

    private boolean mergeBucket(int year, int bucket, List<DashboardContribution> touched) {
        String id = year + "/" + bucket;
        for (int attempt = 0; attempt < 20; attempt++) {
            Document stored = buckets.find(new Document("_id", id)).first();
            Long version = stored == null ? null : stored.get(VERSION, Number.class).longValue();
            Map<String, YearEntry> before = entriesOf(stored);
            Map<String, YearEntry> after = new LinkedHashMap<>(before);
            touched.forEach(c -> after.merge(c.declarationId(), YearEntry.of(c),
                    (old, fresh) -> fresh.seq() > old.seq() ? fresh : old));
            if (after.equals(before)) {
                if (version != null) {
                    storeFigures(id, version, YearFigures.of(after.values()), null);
                }
                return false;
            }
            long next = version == null ? 1 : version + 1;
            if (KeyedWrites.compareAndSet(buckets, id, VERSION, version, bucketDocument(id, next, after))) {
                YearFigures figuresAfter = YearFigures.of(after.values());
                storeFigures(id, next, figuresAfter, version);
                return !figuresAfter.equals(YearFigures.of(before.values()));
            }
        }
        throw new IllegalStateException("看板 " + id + " 数据持续写入冲突");
    }

    private void storeFigures(String id, long version, YearFigures bucketFigures, Long likelyStored) {
        KeyedWrites.replaceIfNewer(figures, id, VERSION, version,
                new Document("_id", id).append(VERSION, version).append("figures", json(bucketFigures)), likelyStored);
    }

    /** The sum of the year's buckets, read with one key-served query; its version is the sum of theirs. */
    private void storeSnapshot(int year) {
        List<String> ids = IntStream.range(0, BUCKET_COUNT).mapToObj(bucket -> year + "/" + bucket).toList();
        YearFigures sum = YearFigures.NONE;
        long version = 0;
        for (Document bucket : KeyedWrites.findByIds(figures, ids).values()) {
            sum = sum.plus(read(bucket.getString("figures"), YearFigures.class));
            version += bucket.get(VERSION, Number.class).longValue();
        }
        if (version > 0) {
            KeyedWrites.replaceIfNewer(snapshots, year, VERSION, version, new Document("_id", year)
                    .append(VERSION, version).append("snapshot", json(DashboardSnapshot.of(year, sum))), null);
        }
    }

    static int bucketOf(String declarationId) {
        return Math.floorMod(declarationId.hashCode(), BUCKET_COUNT);
    }

    private static Document bucketDocument(String id, long version, Map<String, YearEntry> entries) {
        Document byDeclaration = new Document();
        entries.forEach((declaration, entry) -> byDeclaration.append(declaration, entry.toDocument()));
        return new Document("_id", id).append(VERSION, version).append("entries", byDeclaration);
    }

    private static Map<String, YearEntry> entriesOf(Document stored) {
        Map<String, YearEntry> found = new LinkedHashMap<>();
        if (stored != null) {
            stored.get("entries", Document.class)
                    .forEach((id, entry) -> found.put(id, YearEntry.fromDocument((Document) entry)));
        }
        return found;
    }

    /** As JSON text: exact decimals, without a round trip through BSON types. */
    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write dashboard figures", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored dashboard figures", e);
        }
    }
}
