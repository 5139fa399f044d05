package cn.jixiao.query.listing;

import cn.jixiao.query.form.FormRows;
import cn.jixiao.query.projection.BsonViews;
import cn.jixiao.query.register.Worklist;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/** The declarations list read from the form rows: the listing's one access to the read model's collection. */
final class ListingReads {

    private static final Document ROW_FIELDS = new Document("id", 1).append("year", 1).append("kind", 1)
            .append("status", 1).append("version", 1).append("revision", 1).append("unit", 1)
            .append("filingUnit", 1).append("updatedAt", 1);

    private ListingReads() {
    }

    static Page<ListItem> find(FormRows rows, ListQuery query, Worklist worklist) {
        MongoCollection<Document> collection = rows.collection();
        Bson filter = worklist.narrowed(query.filter());
        long total = collection.countDocuments(filter);
        List<ListItem> items = new ArrayList<>();
        collection.find(filter).projection(ROW_FIELDS).sort(query.sort())
                .skip(query.skip()).limit(query.size())
                .map(document -> BsonViews.fromDocument(document, ListItem.class))
                .forEach(item -> items.add(worklist.waited(item.updatedAt()).map(item::waited).orElse(item)));
        return new Page<>(items, query.page(), query.size(), total);
    }
}
