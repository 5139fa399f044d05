package cn.jixiao.query.support;

import cn.jixiao.query.form.FormStore;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Sorts.ascending;

/** The stored forms of a generation as whole documents: each form with its goals put back from their own document. */
public final class StoredForms {

    private StoredForms() {
    }

    public static List<Document> all(MongoDatabase database, CollectionNames names) {
        MongoCollection<Document> collection = database.getCollection(names.of(FormStore.COLLECTION));
        List<Document> forms = new ArrayList<>();
        for (Document head : collection.find().sort(ascending("_id"))) {
            if (!head.getString("_id").endsWith("#goals")) {
                forms.add(whole(collection, head));
            }
        }
        return forms;
    }

    public static Document of(MongoDatabase database, CollectionNames names, String id) {
        MongoCollection<Document> collection = database.getCollection(names.of(FormStore.COLLECTION));
        Document head = collection.find(new Document("_id", id)).first();
        return head == null ? null : whole(collection, head);
    }

    private static Document whole(MongoCollection<Document> collection, Document head) {
        Document goals = collection.find(new Document("_id", head.getString("_id") + "#goals")).first();
        Document form = new Document(head);
        form.remove("goalsVersion");
        form.put("goals", goals == null ? null : goals.get("goals"));
        return form;
    }
}
