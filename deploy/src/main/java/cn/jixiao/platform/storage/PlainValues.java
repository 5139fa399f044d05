package cn.jixiao.platform.storage;

import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;

/**
 * The values the embedded store's keys hold (document ids, index keys), written in a few bytes each instead of
 * H2's Java serialization, and read back as exactly the class they were: a key must stay equal to itself.
 */
final class PlainValues {

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte DOUBLE = 2;
    private static final byte LONG = 3;
    private static final byte INTEGER = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;
    private static final byte OBJECT_ID = 7;
    private static final int OBJECT_ID_BYTES = 12;

    private PlainValues() {
    }

    /**
     * True, and the tag consumed, if the next byte is {@code tag}: a value written by one of our types. Otherwise
     * nothing is consumed and the value is H2's own, written before or by its fallback.
     */
    static boolean takeTag(ByteBuffer buffer, byte tag) {
        if (buffer.get(buffer.position()) != tag) {
            return false;
        }
        buffer.get();
        return true;
    }

    static boolean isPlain(Object value) {
        return value == null || value instanceof String || value instanceof Double || value instanceof Long
                || value instanceof Integer || value instanceof Boolean || value instanceof ObjectId;
    }

    /**
     * About what a value {@link #isPlain} takes on the heap, what H2's cache charges for it. H2's estimate of a
     * value it would serialize is the running average of what it serialized, starting at 10,000 bytes; written here,
     * such values never adjust it, so every cached key would count as 10 KB and the cache hold a hundredth of what
     * it can. Rather more than less: the cache's size must bound the heap it takes.
     */
    static int memory(Object value) {
        if (value == null || value instanceof Boolean) {
            return 8;
        }
        if (value instanceof String text) {
            return 56 + 2 * text.length();
        }
        return value instanceof ObjectId ? 56 : 24;
    }

    /** Writes a value {@link #isPlain}: its type, then its bytes. */
    static void write(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put(NULL);
        } else if (value instanceof String text) {
            buffer.put(STRING).putVarInt(text.length()).putStringData(text, text.length());
        } else if (value instanceof Double number) {
            buffer.put(DOUBLE).putDouble(number);
        } else if (value instanceof Long number) {
            buffer.put(LONG).putLong(number);
        } else if (value instanceof Integer number) {
            buffer.put(INTEGER).putInt(number);
        } else if (value instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
        } else {
            buffer.put((Boolean) value ? TRUE : FALSE);
        }
    }

    static Object read(ByteBuffer buffer) {
        byte type = buffer.get();
        return switch (type) {
            case NULL -> null;
            case STRING -> DataUtils.readString(buffer);
            case DOUBLE -> buffer.getDouble();
            case LONG -> buffer.getLong();
            case INTEGER -> buffer.getInt();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case OBJECT_ID -> {
                byte[] id = new byte[OBJECT_ID_BYTES];
                buffer.get(id);
                yield new ObjectId(id);
            }
            default -> throw new IllegalStateException("unknown value type " + type + " in a key of the embedded store");
        };
    }
}
