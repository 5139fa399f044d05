package cn.jixiao.app.keys;

import com.mongodb.client.MongoClient;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides whether each filter the service sent is served by a key on every backend, by the rules of the weaker
 * one (mongo-java-server, {@code AbstractUniqueIndex.canHandle}): a filter is served only if its keys are exactly
 * the fields of one unique index of the collection (read with {@code listIndexes}; {@code _id} is always unique)
 * and every value is plain, except that a single-field unique index also serves {@code {field: {$in: [...]}}}.
 * Anything else (a range, {@code $and}, {@code $or}, a non-unique index, no filter at all) reads the whole
 * collection there. Collections are judged only if {@code judged} accepts their name, so the same checker can
 * cover more collections as they become key-served; what must filter (lists, text search) is simply not judged.
 */
public final class KeyServedFilters {

    /** A filter that would read the whole collection. */
    public record Scan(String database, String collection, String command, BsonDocument filter) {
        @Override
        public String toString() {
            return database + "." + collection + " " + command + " " + filter.toJson();
        }
    }

    private final MongoClient client;
    private final Map<String, List<Set<String>>> uniqueKeys = new HashMap<>();

    /** {@code client}: any client to the same server, used only to list indexes. */
    public KeyServedFilters(MongoClient client) {
        this.client = client;
    }

    public List<Scan> scans(List<RecordedMongoCommands.Recorded> commands, Predicate<String> judged) {
        List<Scan> scans = new ArrayList<>();
        for (RecordedMongoCommands.Recorded command : commands) {
            Optional<String> collection = collectionOf(command);
            if (collection.isEmpty() || !judged.test(collection.get())) {
                continue;
            }
            for (BsonDocument filter : filtersOf(command)) {
                if (!served(command.database(), collection.get(), filter)) {
                    scans.add(new Scan(command.database(), collection.get(), command.name(), filter));
                }
            }
        }
        return scans;
    }

    private static Optional<String> collectionOf(RecordedMongoCommands.Recorded command) {
        BsonValue target = command.command().get(command.name());
        return target != null && target.isString() ? Optional.of(target.asString().getValue()) : Optional.empty();
    }

    /** The filters of the commands that select documents; inserts, index and admin commands select none. */
    private static List<BsonDocument> filtersOf(RecordedMongoCommands.Recorded recorded) {
        BsonDocument command = recorded.command();
        return switch (recorded.name()) {
            case "find", "count", "distinct" -> List.of(command.getDocument(recorded.name().equals("find") ? "filter" : "query", new BsonDocument()));
            case "findAndModify" -> List.of(command.getDocument("query", new BsonDocument()));
            case "update" -> statements(command.getArray("updates"), "q");
            case "delete" -> statements(command.getArray("deletes"), "q");
            case "aggregate" -> List.of(firstMatch(command.getArray("pipeline")));
            default -> List.of();
        };
    }

    private static List<BsonDocument> statements(BsonArray statements, String field) {
        return statements.stream().map(statement -> statement.asDocument().getDocument(field)).toList();
    }

    /** A pipeline not starting with {@code $match} reads everything. */
    private static BsonDocument firstMatch(BsonArray pipeline) {
        if (pipeline.isEmpty() || !pipeline.get(0).asDocument().containsKey("$match")) {
            return new BsonDocument();
        }
        return pipeline.get(0).asDocument().getDocument("$match");
    }

    boolean served(String database, String collection, BsonDocument filter) {
        if (filter.isEmpty()) {
            return false;
        }
        for (Set<String> keys : uniqueKeys(database, collection)) {
            if (filter.keySet().equals(keys) && filter.entrySet().stream()
                    .allMatch(entry -> plainOrIn(entry.getValue(), keys.size() == 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainOrIn(BsonValue value, boolean singleField) {
        if (!value.isDocument()) {
            return true;
        }
        BsonDocument operator = value.asDocument();
        return singleField && operator.size() == 1 && operator.containsKey("$in");
    }

    private List<Set<String>> uniqueKeys(String database, String collection) {
        return uniqueKeys.computeIfAbsent(database + "." + collection, name -> {
            List<Set<String>> unique = new ArrayList<>();
            unique.add(Set.of("_id"));
            for (Document index : client.getDatabase(database).getCollection(collection).listIndexes()) {
                if (Boolean.TRUE.equals(index.getBoolean("unique"))) {
                    unique.add(new HashSet<>(new LinkedHashSet<>(index.get("key", Document.class).keySet())));
                }
            }
            return unique;
        });
    }
}
