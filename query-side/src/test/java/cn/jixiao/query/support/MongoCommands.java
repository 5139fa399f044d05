package cn.jixiao.query.support;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the commands the driver sends, with their collection and filters, for tests on how the database is used. */
public final class MongoCommands implements CommandListener {

    /** One filter of one command: a find's filter, each update's or delete's query, a count's query. */
    public record Filter(String command, String collection, BsonDocument filter) {
    }

    /** A command as sent: the driver reuses the event's buffer, so it is copied at once. */
    private record Sent(String name, BsonDocument command) {
    }

    private final List<Sent> started = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        started.add(new Sent(event.getCommandName(), event.getCommand().clone()));
    }

    public void clear() {
        started.clear();
    }

    /** Every command name sent since the last {@link #clear()}, in order. */
    public List<String> names() {
        return started.stream().map(Sent::name).toList();
    }

    /** The filters of the commands sent since the last {@link #clear()}. */
    public List<Filter> filters() {
        List<Filter> filters = new ArrayList<>();
        for (Sent event : started) {
            BsonDocument command = event.command();
            String name = event.name();
            BsonValue target = command.get(name);
            String collection = target != null && target.isString() ? target.asString().getValue() : null;
            switch (name) {
                case "find", "count" -> filters.add(new Filter(name, collection,
                        command.getDocument(name.equals("find") ? "filter" : "query", new BsonDocument())));
                case "update", "delete" -> command.getArray(name.equals("update") ? "updates" : "deletes")
                        .forEach(each -> filters.add(new Filter(name, collection, each.asDocument().getDocument("q"))));
                case "findAndModify" -> filters.add(new Filter(name, collection, command.getDocument("query")));
                case "aggregate", "distinct" -> filters.add(new Filter(name, collection, new BsonDocument("$scan", command)));
                default -> {
                }
            }
        }
        return filters;
    }

    /** Writes of documents to {@code collection} (inserted, replaced or updated), counted per document. */
    public long writesTo(String collection) {
        long writes = 0;
        for (Sent event : started) {
            BsonDocument command = event.command();
            String name = event.name();
            BsonValue target = command.get(name);
            if (target == null || !target.isString() || !target.asString().getValue().equals(collection)) {
                continue;
            }
            if (name.equals("insert")) {
                writes += command.containsKey("documents") ? command.getArray("documents").size() : 1;
            } else if (name.equals("update")) {
                writes += command.containsKey("updates") ? command.getArray("updates").size() : 1;
            }
        }
        return writes;
    }
}
