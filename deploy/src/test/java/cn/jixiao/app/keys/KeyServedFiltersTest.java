package cn.jixiao.app.keys;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

class KeyServedFiltersTest {

    static MongoServer server;
    static MongoClient client;
    static KeyServedFilters filters;

    @BeforeAll
    static void collectionWithTwoUniqueKeys() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoCollection<Document> things = client.getDatabase("keys").getCollection("things");
        things.createIndex(Indexes.ascending("a", "b"), new IndexOptions().unique(true));
        things.createIndex(Indexes.ascending("k"), new IndexOptions().unique(true));
        things.createIndex(Indexes.ascending("plain"));
        filters = new KeyServedFilters(client);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
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
