package cn.jixiao.query.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The verifier's side of RFC 9162: what an auditor runs against a signed tree head. Kept free of storage and
 * framework code so that {@link OfflineVerifier} can run it with nothing but the proof files and a public key.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /** RFC 9162 §2.1.3.2: true when {@code path} proves leaf {@code leafIndex} is in the tree with {@code rootHash}. */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] rootHash) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.interiorHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleTree.interiorHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /** RFC 9162 §2.1.4.2: true when {@code path} proves the tree of {@code first} leaves is a prefix of the tree of {@code second}. */
    public static boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> path) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return path.isEmpty() && MessageDigest.isEqual(firstHash, secondHash);
        }
        if (path.isEmpty()) {
            return false;
        }
        List<byte[]> nodes = new ArrayList<>(path);
        if (Long.bitCount(first) == 1) {
            nodes.add(0, firstHash);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = nodes.get(0);
        byte[] sr = nodes.get(0);
        for (byte[] c : nodes.subList(1, nodes.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleTree.interiorHash(c, fr);
                sr = MerkleTree.interiorHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleTree.interiorHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash) && sn == 0;
    }
}
