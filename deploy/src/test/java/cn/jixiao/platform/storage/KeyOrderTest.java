package cn.jixiao.platform.storage;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store's index keys in their own order, and a store of an earlier version read in it. */
class KeyOrderTest {

    @TempDir
    Path dir;

    @Test
    void aStoreWhoseIndexesWereWrittenInH2sFormerOrderFindsEveryKeyAfterTheUpgrade() {
        EmbeddedStoreHarness.writtenByTheFormerBackend(dir, client -> {
            MongoCollection<Document> things = client.getDatabase("upgrade").getCollection("things");
            things.createIndex(Indexes.ascending("aggregate", "seq"), new IndexOptions().unique(true));
            things.insertMany(IntStream.range(0, 400).mapToObj(KeyOrderTest::thing).toList());
        });

        try (EmbeddedStoreHarness upgraded = EmbeddedStoreHarness.open(dir)) {
            MongoCollection<Document> things = upgraded.client.getDatabase("upgrade").getCollection("things");
            for (int i = 0; i < 400; i++) {
                assertThat(things.find(Filters.eq("_id", "thing-" + i)).first()).as("by _id " + i).isNotNull();
                assertThat(things.find(new Document("aggregate", "agg-" + i % 7).append("seq", (long) i)).first())
                        .as("by (aggregate, seq) " + i).isNotNull();
            }
            assertThat(things.find(Filters.in("_id", List.of("thing-3", "thing-399", "none"))).into(new ArrayList<>())).hasSize(2);
            assertThatThrownBy(() -> things.insertOne(thing(42).append("_id", "another")))
                    .as("the compound key stays unique").isInstanceOf(MongoWriteException.class);
            things.insertOne(thing(400));
        }
        try (EmbeddedStoreHarness reopened = EmbeddedStoreHarness.open(dir)) {
            MongoCollection<Document> things = reopened.client.getDatabase("upgrade").getCollection("things");
            assertThat(things.countDocuments()).isEqualTo(401);
            assertThat(things.find(Filters.eq("_id", "thing-400")).first()).isNotNull();
            assertThatThrownBy(() -> things.insertOne(thing(7))).isInstanceOf(MongoWriteException.class);
        }
    }

    @Test
    void keysCompareByValueWithinATypeAndByTypeAcrossTypes() {
        assertThat(KeyOrder.compareKeys(key("a", 1.0), key("a", 1.0))).isZero();
        assertThat(KeyOrder.compareKeys(key("a", 1.0), key("a", 2.0))).isNegative();
        assertThat(KeyOrder.compareKeys(key("b", 1.0), key("a", 2.0))).isPositive();
        assertThat(KeyOrder.compareKeys(key("a"), key("a", 0.0))).isNegative();
        assertThat(KeyOrder.compareValues(null, "a")).isNegative();
        assertThat(Integer.signum(KeyOrder.compareValues("1", 1.0))).isEqualTo(-Integer.signum(KeyOrder.compareValues(1.0, "1")));
        assertThat(KeyOrder.compareValues(new Date(5), new Date(5))).isZero();
        assertThat(KeyOrder.compareValues(List.of(1.0), List.of(1.0))).isZero();
        assertThat(KeyOrder.compareValues(List.of(1.0), List.of(2.0))).isNotZero();
    }

    private static KeyValue key(Object... values) {
        return new KeyValue(values);
    }

    private static Document thing(int i) {
        return new Document("_id", "thing-" + i).append("aggregate", "agg-" + i % 7).append("seq", (long) i)
                .append("payload", "x".repeat(i % 50));
    }
}
