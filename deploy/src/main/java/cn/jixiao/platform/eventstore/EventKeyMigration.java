package cn.jixiao.platform.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

import static cn.jixiao.platform.eventstore.EventDocuments.AGGREGATE_IDENTIFIER;
import static cn.jixiao.platform.eventstore.EventDocuments.AGGREGATE_SEQ;
import static cn.jixiao.platform.eventstore.EventDocuments.SEQUENCE_NUMBER;
import static cn.jixiao.platform.eventstore.EventDocuments.aggregateSeq;
import static cn.jixiao.platform.eventstore.EventDocuments.sequenceNumber;

/**
 * Gives events stored before {@link EventDocuments#AGGREGATE_SEQ} existed their key, once per tenant database.
 * A marker in {@code eventsequence} (read by its {@code _id}) says it is done, so a start costs one key read; the
 * scan runs only while the marker is missing. Setting a key is idempotent, so a migration interrupted by a crash
 * or run by two instances at once just sets the same values again.
 */
final class EventKeyMigration {

    static final String MARKER_ID = "migration:aggregateSeq";
    private static final Logger log = LoggerFactory.getLogger(EventKeyMigration.class);
    private static final int WRITE_BATCH = 1_000;
    private static final int LOG_EVERY = 10_000;

    private EventKeyMigration() {
    }

    static void run(MongoCollection<Document> events, MongoCollection<Document> sequence) {
        if (sequence.find(Filters.eq("_id", MARKER_ID)).first() != null) {
            return;
        }
        long migrated = 0;
        List<WriteModel<Document>> pending = new ArrayList<>(WRITE_BATCH);
        for (Document event : events.find(Filters.exists(AGGREGATE_SEQ, false))
                                    .projection(Projections.include(AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER))) {
            pending.add(new UpdateOneModel<>(Filters.eq("_id", event.get("_id")),
                    Updates.set(AGGREGATE_SEQ, aggregateSeq(event.getString(AGGREGATE_IDENTIFIER), sequenceNumber(event)))));
            if (pending.size() == WRITE_BATCH) {
                migrated += flush(events, pending);
                if (migrated % LOG_EVERY == 0) {
                    log.info("{}: {} stored events given their aggregate key so far", events.getNamespace(), migrated);
                }
            }
        }
        migrated += flush(events, pending);
        if (migrated > 0) {
            log.info("{}: {} stored events given their aggregate key; done", events.getNamespace(), migrated);
        }
        markDone(sequence);
    }

    private static int flush(MongoCollection<Document> events, List<WriteModel<Document>> pending) {
        if (pending.isEmpty()) {
            return 0;
        }
        events.bulkWrite(pending);
        int count = pending.size();
        pending.clear();
        return count;
    }

    private static void markDone(MongoCollection<Document> sequence) {
        try {
            sequence.insertOne(new Document("_id", MARKER_ID));
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw e;
            }
        }
    }
}
