package cn.jixiao.query.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The right edge of a Merkle tree grown leaf by leaf in memory: one hash per complete subtree, O(log n) space.
 * Lets the verification recompute a root from millions of leaves without holding them.
 */
final class Frontier {

    private final Deque<byte[]> hashes = new ArrayDeque<>();
    private final Deque<Long> sizes = new ArrayDeque<>();
    private long size;

    void append(byte[] leafHash) {
        byte[] hash = leafHash;
        long subtree = 1;
        while (!sizes.isEmpty() && sizes.peek() == subtree) {
            hash = MerkleTree.interiorHash(hashes.pop(), hash);
            subtree += sizes.pop();
        }
        hashes.push(hash);
        sizes.push(subtree);
        size++;
    }

    long size() {
        return size;
    }

    /** MTH of the leaves so far: the complete subtrees folded from the right, as RFC 9162's split does. */
    byte[] root() {
        if (size == 0) {
            return MerkleTree.emptyRoot();
        }
        Iterator<byte[]> smallestFirst = hashes.iterator();
        byte[] root = smallestFirst.next();
        while (smallestFirst.hasNext()) {
            root = MerkleTree.interiorHash(smallestFirst.next(), root);
        }
        return root;
    }
}
