package cn.jixiao.platform.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the embedded store writes into its file instead of Java serialization: documents as BSON, plain index keys
 * and object ids value by value; and a file written before reads as it was.
 */
class StoredTypesTest {

    @TempDir
    Path dir;

    @Test
    void aStoreWrittenWithJavaSerializationReadsAsItWasAndKeepsWhatIsWrittenAfter() {
        List<Document> written = new ArrayList<>();
        EmbeddedStoreHarness.writtenByTheFormerBackend(dir,
                client -> written.addAll(fill(client.getDatabase("types").getCollection("things"), 0)));

        List<Document> later;
        try (EmbeddedStoreHarness upgraded = EmbeddedStoreHarness.open(dir)) {
            MongoCollection<Document> things = upgraded.client.getDatabase("types").getCollection("things");
            assertThat(sorted(things)).isEqualTo(sorted(written));
            things.updateOne(Filters.eq("_id", "thing-4"), Updates.set("note", "changed after the upgrade"));
            later = fill(things, 300);
        }
        try (EmbeddedStoreHarness reopened = EmbeddedStoreHarness.open(dir)) {
            MongoCollection<Document> things = reopened.client.getDatabase("types").getCollection("things");
            List<Document> all = new ArrayList<>(written);
            all.addAll(later);
            all.replaceAll(d -> "thing-4".equals(d.get("_id")) ? new Document(d).append("note", "changed after the upgrade") : d);
            assertThat(sorted(things)).isEqualTo(sorted(all));
            for (int i : new int[]{0, 7, 299, 300, 599}) {
                assertThat(things.find(new Document("aggregate", "agg-" + i % 7).append("seq", (long) i)).first())
                        .as("by the compound unique key " + i).isNotNull();
            }
            Object objectId = things.find(Filters.eq("seq", 597L)).first().get("_id");
            assertThat(things.find(Filters.eq("_id", objectId)).first()).as("by a driver-given id").isNotNull();
        }
    }

    @Test
    void aDocumentIsWrittenAsBsonAndReadBackEqual() {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "d-1")
                .append("text", "部门职能").append("int", 7).append("long", 7L).append("double", 0.5)
                .append("flag", true).append("none", null).append("at", java.time.Instant.ofEpochMilli(1_700_000_000_000L))
                .append("nested", new de.bwaldvogel.mongo.bson.Document("list", new ArrayList<>(List.of("a", 1.0))));

        ByteBuffer bytes = written(new BsonDocumentType(), document);

        assertThat(bytes.get(0)).isEqualTo(BsonDocumentType.TAG_BSON);
        assertThat(bytes.remaining()).as("smaller than Java serialization").isLessThan(ObjectDataType.serialize(document).length / 2);
        assertThat(new BsonDocumentType().read(bytes)).isEqualTo(document);
        assertThat(bytes.hasRemaining()).isFalse();
    }

    @Test
    void anIndexKeyOfPlainValuesIsWrittenValueByValueAndOthersAsBefore() {
        KeyValue plain = new KeyValue("agg-1", 3.0, 4L, 5, true, null, new ObjectId());
        ByteBuffer bytes = written(KeyOrder.INSTANCE, plain);
        assertThat(bytes.get(0)).isEqualTo(KeyOrder.TAG_PLAIN_KEY);
        assertThat(KeyOrder.INSTANCE.read(bytes)).isEqualTo(plain);

        KeyValue other = new KeyValue(new Date(5), List.of(1.0));
        ByteBuffer serialized = written(KeyOrder.INSTANCE, other);
        assertThat(serialized.get(0)).isNotEqualTo(KeyOrder.TAG_PLAIN_KEY);
        assertThat(KeyOrder.INSTANCE.read(serialized)).isEqualTo(other);
    }

    @Test
    void theCacheChargesAKeyAndAnIdAboutTheirSizeNotH2sEstimateOfSerializedValues() {
        // H2 starts its estimate of a value it would serialize at 10,000 bytes and adjusts it only when it does
        assertThat(KeyOrder.INSTANCE.getMemory(new KeyValue("agg-1/17", 3.0))).isLessThan(200);
        assertThat(new DocumentIdType().getMemory(new ObjectId())).isLessThan(100);
        assertThat(new ObjectDataType().getMemory(new ObjectId())).as("H2's own").isGreaterThan(1_000);
    }

    @Test
    void theCacheChargesADocumentWhatItTakesOnTheHeapNotItsBsonSize() {
        de.bwaldvogel.mongo.bson.Document form = new de.bwaldvogel.mongo.bson.Document("_id", "d-1")
                .append("goals", new ArrayList<>(IntStream.range(0, 40).mapToObj(i -> new de.bwaldvogel.mongo.bson.Document(
                        "id", "goal-" + i).append("description", "完成辖区内各项公共服务工作").append("weight", i)).toList()));
        BsonDocumentType type = new BsonDocumentType();
        int bson = 0;
        for (int i = 0; i < 20; i++) {
            bson = written(type, form).remaining() - 3; // less the tag and the length
        }
        // a decoded document took 5 to 6.3 times its BSON size on the heap
        assertThat(type.getMemory(form)).isGreaterThanOrEqualTo(5 * bson);
    }

    @Test
    void anObjectIdIsWrittenInItsTwelveBytes() {
        ObjectId id = new ObjectId();
        ByteBuffer bytes = written(new DocumentIdType(), id);
        assertThat(bytes.remaining()).isEqualTo(1 + 1 + 12);
        assertThat(new DocumentIdType().read(bytes)).isEqualTo(id);
        assertThat(new DocumentIdType().read(written(new DocumentIdType(), "thing-1"))).isEqualTo("thing-1");
    }

    private static <T> ByteBuffer written(DataType<T> type, T value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return bytes;
    }

    /** 300 documents of every kind of value a collection holds, a third of them without an id of their own. */
    private static List<Document> fill(MongoCollection<Document> things, int from) {
        things.createIndex(Indexes.ascending("aggregate", "seq"), new IndexOptions().unique(true));
        List<Document> documents = IntStream.range(from, from + 300).mapToObj(StoredTypesTest::thing).toList();
        things.insertMany(documents);
        return documents.stream().map(Document::new).toList(); // with the ids the driver gave
    }

    private static Document thing(int i) {
        Document thing = i % 3 == 0 ? new Document() : new Document("_id", "thing-" + i);
        return thing.append("aggregate", "agg-" + i % 7).append("seq", (long) i).append("count", i)
                .append("share", i / 8.0).append("flag", i % 2 == 0).append("none", null)
                .append("at", new Date(1_700_000_000_000L + i)).append("amount", new Decimal128(new BigDecimal("12.3400")))
                .append("nested", new Document("title", "目标 " + i).append("tags", List.of("a", "b", i)))
                .append("payload", "说明".repeat(i % 50));
    }

    private static List<Document> sorted(MongoCollection<Document> things) {
        List<Document> all = things.find().into(new ArrayList<>());
        return sorted(all);
    }

    private static List<Document> sorted(List<Document> documents) {
        List<Document> copy = new ArrayList<>(documents);
        copy.sort(java.util.Comparator.comparing(d -> String.valueOf(d.get("_id"))));
        return copy;
    }
}
