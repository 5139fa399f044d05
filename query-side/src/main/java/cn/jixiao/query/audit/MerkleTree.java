package cn.jixiao.query.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Merkle hash tree of RFC 9162 §2.1 (Certificate Transparency v2), read from stored complete subtrees.
 *
 * <p>{@code node(level, index)} is the hash of the perfect subtree over leaves
 * {@code [index·2^level, (index+1)·2^level)}; level 0 are the leaf hashes. Only complete subtrees are ever
 * stored, and they never change once complete. Every range the RFC's recursive split produces starts at a
 * multiple of the next power of two above its size, so a power-of-two range is always one stored node and
 * any other range is the hash of O(log n) of them: roots and proofs read O(log n) nodes, an append writes
 * O(log n) nodes.
 *
 * <p>Pure: no storage, no framework; the caller supplies a {@link NodeReader}.
 */
public final class MerkleTree {

    /** Reads one stored complete subtree; must only be asked for nodes that are complete. */
    @FunctionalInterface
    public interface NodeReader {
        byte[] node(int level, long index);
    }

    /** A complete subtree: its position and its hash. */
    public record Node(int level, long index, byte[] hash) {
    }

    private final NodeReader nodes;

    public MerkleTree(NodeReader nodes) {
        this.nodes = nodes;
    }

    /** RFC 9162 §2.1.1: the hash of a leaf, with the 0x00 prefix that keeps leaves apart from interior nodes. */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        return sha.digest(entry);
    }

    /** RFC 9162 §2.1.1: the hash of an interior node. */
    public static byte[] interiorHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        return sha.digest(right);
    }

    /** MTH({}): the hash of the empty string. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** MTH(D[size]), the tree head's root hash for the first {@code size} leaves. */
    public byte[] root(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative tree size " + size);
        }
        return size == 0 ? emptyRoot() : subtree(0, size);
    }

    /** RFC 9162 §2.1.3.1 PATH(m, D[n]): the audit path of leaf {@code leafIndex} in the tree of {@code size}, leaf first. */
    public List<byte[]> inclusionPath(long leafIndex, long size) {
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + size);
        }
        List<byte[]> rootFirst = new ArrayList<>();
        long start = 0;
        long m = leafIndex;
        long n = size;
        while (n > 1) {
            long k = split(n);
            if (m < k) {
                rootFirst.add(subtree(start + k, n - k));
                n = k;
            } else {
                rootFirst.add(subtree(start, k));
                start += k;
                m -= k;
                n -= k;
            }
        }
        Collections.reverse(rootFirst);
        return rootFirst;
    }

    /** RFC 9162 §2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true): empty when {@code from == to}. */
    public List<byte[]> consistencyPath(long from, long to) {
        if (from < 1 || from > to) {
            throw new IllegalArgumentException("no consistency proof from " + from + " to " + to);
        }
        List<byte[]> rootFirst = new ArrayList<>();
        long start = 0;
        long m = from;
        long n = to;
        boolean wholeOldTree = true;
        while (m != n) {
            long k = split(n);
            if (m <= k) {
                rootFirst.add(subtree(start + k, n - k));
                n = k;
            } else {
                rootFirst.add(subtree(start, k));
                start += k;
                m -= k;
                n -= k;
                wholeOldTree = false;
            }
        }
        if (!wholeOldTree) {
            // SUBPROOF(m, D[m], false) = {MTH(D[m])}: the verifier cannot know this subtree's hash otherwise.
            rootFirst.add(subtree(start, n));
        }
        Collections.reverse(rootFirst);
        return rootFirst;
    }

    /**
     * The subtrees that leaf {@code leafIndex} completes, lowest first: the leaf itself is level 0, then each
     * parent as long as the node below is a right child. Reads one left sibling per level.
     */
    public List<Node> completedBy(long leafIndex, byte[] leafHash) {
        List<Node> completed = new ArrayList<>();
        completed.add(new Node(0, leafIndex, leafHash));
        byte[] hash = leafHash;
        long index = leafIndex;
        int level = 0;
        while ((index & 1) == 1) {
            hash = interiorHash(nodes.node(level, index - 1), hash);
            index >>= 1;
            level++;
            completed.add(new Node(level, index, hash));
        }
        return completed;
    }

    /** MTH(D[start:start+size]); a power-of-two range is a single stored node. */
    private byte[] subtree(long start, long size) {
        if (Long.bitCount(size) == 1) {
            int level = Long.numberOfTrailingZeros(size);
            return nodes.node(level, start >> level);
        }
        long k = split(size);
        return interiorHash(subtree(start, k), subtree(start + k, size - k));
    }

    /** The largest power of two smaller than {@code n} (n > 1): where RFC 9162 splits a tree. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
