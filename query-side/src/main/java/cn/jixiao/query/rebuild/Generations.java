package cn.jixiao.query.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The pointer document that says which read-model generation of a tenant is active, and which one a rebuild is
 * filling. Readers read {@link #active()}; live handlers write to {@link #writeTargets()} (the active generation,
 * and the one being built while a rebuild runs). Every change of the pointer is one atomic update of one document.
 */
public final class Generations {

    static final String COLLECTION = "readmodel_generations";
    private static final String POINTER = "pointer";
    private static final String ACTIVE = "active";
    private static final String BUILDING = "building";
    /** The highest generation ever claimed: a rebuild taken over never shares its number with the next one. */
    private static final String CLAIMED = "claimed";
    /**
     * The layout of the read-model documents the active generation was built with. 2: forms with their goals apart,
     * list rows, dashboard buckets, approval-only comparison. A generation of an older layout is rebuilt once.
     */
    static final String LAYOUT = "layout";
    static final int CURRENT_LAYOUT = 2;

    /** How far behind a claim made elsewhere a live writer may still be (see {@link ActiveGenerations}). */
    static final Duration WRITERS_MAY_LAG = Duration.ofNanos(ActiveGenerations.WRITERS_FRESH_NANOS);

    private final MongoDatabase database;
    private final MongoCollection<Document> pointers;

    public Generations(MongoDatabase database) {
        this.database = database;
        this.pointers = database.getCollection(COLLECTION);
    }

    /** For readers: possibly up to a second behind a switch made by another instance (see {@link ActiveGenerations}). */
    public CollectionNames active() {
        return new CollectionNames(seen(ActiveGenerations.READERS_FRESH_NANOS).getInteger(ACTIVE));
    }

    /**
     * Where live handlers write: the active generation first, then the one being rebuilt, if any. Up to
     * {@link #WRITERS_MAY_LAG} behind another instance's claim, which is why a rebuild waits that long before it
     * replays.
     */
    public List<CollectionNames> writeTargets() {
        Document pointer = seen(ActiveGenerations.WRITERS_FRESH_NANOS);
        CollectionNames active = new CollectionNames(pointer.getInteger(ACTIVE));
        Integer building = pointer.getInteger(BUILDING);
        return building == null ? List.of(active) : List.of(active, new CollectionNames(building));
    }

    public Optional<CollectionNames> building() {
        return Optional.ofNullable(pointer().getInteger(BUILDING)).map(CollectionNames::new);
    }

    /** Whether the active generation was built with an older layout and no rebuild is running yet. */
    public boolean stale() {
        Document pointer = pointer();
        return pointer.getInteger(LAYOUT, 1) < CURRENT_LAYOUT && pointer.getInteger(BUILDING) == null;
    }

    /** Claims the next generation for a rebuild; empty when a rebuild is already running. */
    Optional<CollectionNames> startBuilding() {
        Document pointer = pointer();
        int next = Math.max(pointer.getInteger(ACTIVE), pointer.getInteger(CLAIMED, 0)) + 1;
        Document claimed = pointers.findOneAndUpdate(
                and(eq("_id", POINTER), eq(BUILDING, null)),
                Updates.combine(Updates.set(BUILDING, next), Updates.set(CLAIMED, next)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        ActiveGenerations.forget(database);
        return claimed == null ? Optional.empty() : Optional.of(new CollectionNames(claimed.getInteger(BUILDING)));
    }

    /** Makes the built generation the active one, in one update. */
    void activate(CollectionNames built) {
        update(eq(BUILDING, built.generation()), Updates.combine(
                Updates.set(ACTIVE, built.generation()), Updates.set(BUILDING, null), Updates.set(LAYOUT, CURRENT_LAYOUT)));
    }

    /** Gives up a failed rebuild: live handlers stop writing to it. */
    void abandon(CollectionNames built) {
        update(eq(BUILDING, built.generation()), Updates.set(BUILDING, null));
    }

    /** Drops every collection of a generation that is neither active nor being built. */
    void dropInactive() {
        Document pointer = pointer();
        int active = pointer.getInteger(ACTIVE);
        Integer building = pointer.getInteger(BUILDING);
        for (String name : database.listCollectionNames()) {
            int generation = CollectionNames.generationOf(name);
            if (generation > 0 && generation != active && (building == null || generation != building)) {
                database.getCollection(name).drop();
            }
        }
    }

    private void update(Bson condition, Bson change) {
        pointers.updateOne(and(eq("_id", POINTER), condition), change);
        ActiveGenerations.forget(database);
    }

    private Document seen(long freshNanos) {
        return ActiveGenerations.pointer(database, freshNanos, this::pointer);
    }

    private Document pointer() {
        Document existing = pointers.find(eq("_id", POINTER)).first();
        if (existing != null) {
            return existing;
        }
        // First use in this tenant: generation 1. $setOnInsert keeps a concurrent first use from resetting it.
        return pointers.findOneAndUpdate(eq("_id", POINTER),
                Updates.combine(Updates.setOnInsert(ACTIVE, 1), Updates.setOnInsert(BUILDING, null),
                        Updates.setOnInsert(LAYOUT, CURRENT_LAYOUT)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }
}
