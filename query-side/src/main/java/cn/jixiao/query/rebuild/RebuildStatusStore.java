package cn.jixiao.query.rebuild;

import cn.jixiao.query.projection.BsonViews;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;

/** The last rebuild of a tenant, in its database, so any node can report it. */
final class RebuildStatusStore {

    private static final String COLLECTION = "readmodel_rebuilds";
    private static final String LAST = "last";

    private final MongoCollection<Document> rebuilds;

    RebuildStatusStore(MongoDatabase database) {
        this.rebuilds = database.getCollection(COLLECTION);
    }

    RebuildStatus last() {
        Document document = rebuilds.find(eq("_id", LAST)).first();
        return document == null ? RebuildStatus.IDLE : BsonViews.fromDocument(document, RebuildStatus.class);
    }

    void save(RebuildStatus status) {
        rebuilds.replaceOne(eq("_id", LAST), BsonViews.toDocument(status).append("_id", LAST),
                new ReplaceOptions().upsert(true));
    }
}
