package cn.jixiao.platform.storage;

import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The type of a document's id where the embedded store keeps one: the key of a collection's map, the value of each
 * unique index's. H2 writes strings and numbers compactly already but Java-serializes an {@link ObjectId} (the id
 * the driver gives a document inserted without one); here it is its 12 bytes after a tag {@link ObjectDataType}
 * never writes (its tags end at 119). Ids written before read as they always did.
 */
final class DocumentIdType extends ObjectDataType {

    static final byte TAG_OBJECT_ID = 122;

    @Override
    public void write(WriteBuffer buffer, Object id) {
        if (!(id instanceof ObjectId)) {
            super.write(buffer, id);
            return;
        }
        buffer.put(TAG_OBJECT_ID);
        PlainValues.write(buffer, id);
    }

    @Override
    public int getMemory(Object id) {
        return id instanceof ObjectId ? PlainValues.memory(id) : super.getMemory(id);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (!PlainValues.takeTag(buffer, TAG_OBJECT_ID)) {
            return super.read(buffer);
        }
        return PlainValues.read(buffer);
    }
}
