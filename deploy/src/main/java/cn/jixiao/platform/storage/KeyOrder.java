package cn.jixiao.platform.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The order of the keys of the embedded store's unique indexes. H2 stores a {@link KeyValue} (not
 * {@link Comparable}) under its generic type and compares two of them by Java-serializing both, once per step of a
 * B-tree search: a key read in a tenant of 100k events cost about 34 serializations, and the profile of the command
 * benchmark had 83% of the server's CPU there. Here keys compare value by value, natural order within a type, by
 * class name across types; what the indexes hold is written and read exactly as before.
 * <p>
 * Values have been normalized by the server (numbers as doubles, documents and lists as such), so comparable values
 * of one class are equal exactly when {@code equals}, as a unique index needs. Other values of one class (documents,
 * lists, binaries) keep H2's order: their serialized bytes.
 * <p>
 * A key of {@link PlainValues} (what our indexes hold) is written value by value after
 * a tag {@link ObjectDataType} never writes (its tags end at 119); any other key is Java-serialized as before, and
 * keys written before read as they always did. Each commit writes every index page it changed in full, and Java
 * serialization of their keys was half of the committer's time under commands (JFR). Files written so cannot be
 * read by an earlier version of the service.
 */
final class KeyOrder extends ObjectDataType {

    static final KeyOrder INSTANCE = new KeyOrder();

    static final byte TAG_PLAIN_KEY = 121;
    /** A key value and its list, on the heap. */
    private static final int KEY_MEMORY = 64;

    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (!isPlainKey(key)) {
            super.write(buffer, key);
            return;
        }
        KeyValue plain = (KeyValue) key;
        buffer.put(TAG_PLAIN_KEY).putVarInt(plain.size());
        plain.forEach(value -> PlainValues.write(buffer, value));
    }

    @Override
    public int getMemory(Object key) {
        if (!isPlainKey(key)) {
            return super.getMemory(key);
        }
        return KEY_MEMORY + ((KeyValue) key).stream().mapToInt(PlainValues::memory).sum();
    }

    /** A key this type writes itself: every value {@link PlainValues#isPlain}. */
    private static boolean isPlainKey(Object key) {
        return key instanceof KeyValue values && values.stream().allMatch(PlainValues::isPlain);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (!PlainValues.takeTag(buffer, TAG_PLAIN_KEY)) {
            return super.read(buffer);
        }
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(PlainValues.read(buffer));
        }
        return new KeyValue(values);
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    static int compareKeys(KeyValue left, KeyValue right) {
        Iterator<Object> l = left.iterator();
        Iterator<Object> r = right.iterator();
        while (l.hasNext() && r.hasNext()) {
            int order = compareValues(l.next(), r.next());
            if (order != 0) {
                return order;
            }
        }
        return Boolean.compare(l.hasNext(), r.hasNext());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        return compareNotNull(serialize(a), serialize(b));
    }
}
