package cn.jixiao.query.audit;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent reading of RFC 9162 for the tests: nothing here calls production code, so a mistake shared by
 * the tree and its own verifier cannot hide. MTH is the plain recursion of §2.1.1 over a list of entries; an
 * inclusion proof is checked by rebuilding the root along the recursive split; a consistency proof by §2.1.4.2.
 */
final class Rfc9162 {

    private Rfc9162() {
    }

    static byte[] sha256(byte prefix, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] leaf(byte[] entry) {
        return sha256((byte) 0, entry);
    }

    static byte[] node(byte[] left, byte[] right) {
        return sha256((byte) 1, left, right);
    }

    static byte[] entry(long i) {
        return ByteBuffer.allocate(12).putInt(0x6a697861).putLong(i).array();
    }

    static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }

    /** MTH over leaf hashes D[0:n]. */
    static byte[] mth(List<byte[]> leafHashes) {
        int n = leafHashes.size();
        if (n == 0) {
            try {
                return MessageDigest.getInstance("SHA-256").digest();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (n == 1) {
            return leafHashes.get(0);
        }
        int k = largestPowerOfTwoBelow(n);
        return node(mth(leafHashes.subList(0, k)), mth(leafHashes.subList(k, n)));
    }

    /** The root that an inclusion path implies: the last path element belongs to the topmost split. */
    static byte[] rootFromInclusionPath(int index, int size, byte[] leafHash, List<byte[]> path) {
        if (size == 1) {
            if (!path.isEmpty()) {
                throw new IllegalArgumentException("path too long");
            }
            return leafHash;
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("path too short");
        }
        byte[] sibling = path.get(path.size() - 1);
        List<byte[]> below = path.subList(0, path.size() - 1);
        int k = largestPowerOfTwoBelow(size);
        return index < k
                ? node(rootFromInclusionPath(index, k, leafHash, below), sibling)
                : node(sibling, rootFromInclusionPath(index - k, size - k, leafHash, below));
    }

    /** RFC 9162 §2.1.4.2, step by step. */
    static boolean consistent(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> proof) {
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstHash, secondHash);
        }
        if (proof.isEmpty()) {
            return false; // step 1
        }
        List<byte[]> path = new ArrayList<>(proof);
        if ((first & (first - 1)) == 0) {
            path.add(0, firstHash); // step 2
        }
        long fn = first - 1; // step 3
        long sn = second - 1;
        if ((fn & 1) != 0) { // step 4
            while ((fn & 1) != 0) {
                fn >>>= 1;
                sn >>>= 1;
            }
        }
        byte[] fr = path.get(0); // step 5
        byte[] sr = path.get(0);
        for (int i = 1; i < path.size(); i++) { // step 6
            byte[] c = path.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) != 0 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                if ((fn & 1) == 0) {
                    do {
                        fn >>>= 1;
                        sn >>>= 1;
                    } while ((fn & 1) == 0 && fn != 0);
                }
            } else {
                sr = node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0; // step 7
    }
}
