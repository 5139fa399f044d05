package cn.jixiao.platform.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The type of the documents in the embedded store's collection maps: BSON, as the wire protocol carries them,
 * instead of H2's fallback for unknown types, Java serialization. Every commit writes each page it changed in full,
 * so a new event rewrote the page's other documents too; Java serialization of those nested maps was about 70% of
 * the committer's time and a quarter of the service's CPU under commands (JFR).
 * <p>
 * A BSON document starts with a tag {@link ObjectDataType} never writes (its tags end at 119), so pages written
 * before read as they always did, and anything that is not a document, or that the encoder refuses, is still
 * written by {@link ObjectDataType}: no value can make a commit fail here. Files written with this type cannot be
 * read by an earlier version of the service.
 */
final class BsonDocumentType extends BasicDataType<Object> {

    static final byte TAG_BSON = 120;

    private final ObjectDataType other = new ObjectDataType();
    /**
     * A decoded document took 5 to 6.3 times its BSON size on the heap (measured: a 205-byte event 1,015 bytes, a
     * 9.4 KB form 59 KB), so H2's cache, which charges each value its estimate, holds about what it is sized for.
     */
    static final int HEAP_PER_BSON_BYTE = 6;

    /** H2 charges each cached value this estimate (bytes of heap): the running average of what was written or read. */
    private volatile int averageMemory = HEAP_PER_BSON_BYTE * 1024;

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageMemory : other.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        ByteBuf bson = value instanceof Document document ? encode(document) : null;
        if (bson == null) {
            other.write(buffer, value);
            return;
        }
        try {
            int length = bson.readableBytes();
            buffer.put(TAG_BSON).putVarInt(length).put(bson.nioBuffer());
            sawBson(length);
        } finally {
            bson.release();
        }
    }

    private void sawBson(int length) {
        averageMemory = (averageMemory + HEAP_PER_BSON_BYTE * length) / 2;
    }

    /** The document as BSON, or null if the encoder cannot write one of its values. */
    private static ByteBuf encode(Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            return bson;
        } catch (RuntimeException unsupported) {
            bson.release();
            return null;
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (!PlainValues.takeTag(buffer, TAG_BSON)) {
            return other.read(buffer);
        }
        int length = DataUtils.readVarInt(buffer);
        sawBson(length);
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public int compare(Object a, Object b) {
        return other.compare(a, b);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
