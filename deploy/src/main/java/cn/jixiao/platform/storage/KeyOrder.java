package cn.jixiao.platform.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

import java.util.Iterator;

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
 */
final class KeyOrder extends ObjectDataType {

    static final KeyOrder INSTANCE = new KeyOrder();

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
