package cn.jixiao.app.keys;

import cn.jixiao.kernel.testing.InMemoryMongo;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyServedFiltersTest {

    static InMemoryMongo mongo;
    static KeyServedFilters filters;

    @BeforeAll
    static void collectionWithTwoUniqueKeys() {
        mongo = new InMemoryMongo();
        MongoCollection<Document> things = mongo.client().getDatabase("keys").getCollection("things");
        things.createIndex(Indexes.ascending("a", "b"), new IndexOptions().unique(true));
        things.createIndex(Indexes.ascending("k"), new IndexOptions().unique(true));
        things.createIndex(Indexes.ascending("plain"));
        filters = new KeyServedFilters(mongo.client());
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void equalityOnAllFieldsOfAUniqueIndexAndInOnASingleFieldKeyAreServed() {
        assertThat(served("{a: 1, b: 'x'}")).isTrue();
        assertThat(served("{b: 'x', a: 1}")).isTrue();
        assertThat(served("{k: {$in: ['p', 'q']}}")).isTrue();
        assertThat(served("{_id: 7}")).isTrue();
        assertThat(served("{_id: {$in: [7, 8]}}")).isTrue();
    }

    @Test
    void rangesOperatorsPartialKeysNonUniqueIndexesAndNoFilterAreScans() {
        assertThat(served("{}")).isFalse();
        assertThat(served("{a: 1}")).isFalse();
        assertThat(served("{$and: [{a: 1}, {b: 'x'}]}")).isFalse();
        assertThat(served("{a: {$in: [1, 2]}, b: 'x'}")).isFalse();
        assertThat(served("{k: {$gt: 'p'}}")).isFalse();
        assertThat(served("{plain: 3}")).isFalse();
        assertThat(served("{k: 'p', plain: 3}")).isFalse();
    }

    private static boolean served(String filter) {
        return filters.served("keys", "things", BsonDocument.parse(filter));
    }
}
