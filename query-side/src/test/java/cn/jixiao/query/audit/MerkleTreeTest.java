package cn.jixiao.query.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MerkleTreeTest {

    /** A tree grown leaf by leaf through {@link MerkleTree#completedBy}, as the projection grows it. */
    static final class GrownTree {
        final Map<String, byte[]> stored = new HashMap<>();
        final MerkleTree tree = new MerkleTree((level, index) -> {
            byte[] hash = stored.get(level + "/" + index);
            if (hash == null) {
                throw new IllegalStateException("node " + level + "/" + index + " is not complete");
            }
            return hash;
        });
        final List<byte[]> leaves = new ArrayList<>();

        GrownTree grow(int size) {
            while (leaves.size() < size) {
                byte[] leaf = Rfc9162.leaf(Rfc9162.entry(leaves.size()));
                tree.completedBy(leaves.size(), leaf).forEach(n -> stored.put(n.level() + "/" + n.index(), n.hash()));
                leaves.add(leaf);
            }
            return this;
        }
    }

    @Test
    void rootIsTheMerkleTreeHashOfEverySizeFromZeroTo64() {
        GrownTree grown = new GrownTree();
        for (int size = 0; size <= 64; size++) {
            grown.grow(size);
            assertThat(grown.tree.root(size)).isEqualTo(Rfc9162.mth(grown.leaves.subList(0, size)));
        }
    }

    @Test
    void everyInclusionProofUpTo64LeavesRebuildsTheRoot() {
        GrownTree grown = new GrownTree().grow(64);
        for (int size = 1; size <= 64; size++) {
            byte[] root = Rfc9162.mth(grown.leaves.subList(0, size));
            for (int index = 0; index < size; index++) {
                List<byte[]> path = grown.tree.inclusionPath(index, size);
                byte[] leaf = grown.leaves.get(index);
                assertThat(Rfc9162.rootFromInclusionPath(index, size, leaf, path)).as("leaf %d of %d", index, size).isEqualTo(root);
                assertThat(ProofVerifier.verifyInclusion(index, size, leaf, path, root)).isTrue();
            }
        }
    }

    @Test
    void everyConsistencyProofUpTo64LeavesVerifies() {
        GrownTree grown = new GrownTree().grow(64);
        for (int to = 1; to <= 64; to++) {
            byte[] newRoot = Rfc9162.mth(grown.leaves.subList(0, to));
            for (int from = 1; from <= to; from++) {
                byte[] oldRoot = Rfc9162.mth(grown.leaves.subList(0, from));
                List<byte[]> path = grown.tree.consistencyPath(from, to);
                assertThat(Rfc9162.consistent(from, to, oldRoot, newRoot, path)).as("%d -> %d", from, to).isTrue();
                assertThat(ProofVerifier.verifyConsistency(from, to, oldRoot, newRoot, path)).isTrue();
            }
        }
    }

    @Test
    void proofsBetweenRandomSizesOfALargerTreeVerify() {
        GrownTree grown = new GrownTree().grow(3000);
        Random random = new Random(9162);
        for (int i = 0; i < 300; i++) {
            int a = 1 + random.nextInt(3000);
            int b = 1 + random.nextInt(3000);
            int from = Math.min(a, b);
            int to = Math.max(a, b);
            byte[] oldRoot = Rfc9162.mth(grown.leaves.subList(0, from));
            byte[] newRoot = Rfc9162.mth(grown.leaves.subList(0, to));
            assertThat(grown.tree.root(to)).isEqualTo(newRoot);
            assertThat(Rfc9162.consistent(from, to, oldRoot, newRoot, grown.tree.consistencyPath(from, to))).as("%d -> %d", from, to).isTrue();
            int index = random.nextInt(to);
            List<byte[]> path = grown.tree.inclusionPath(index, to);
            assertThat(Rfc9162.rootFromInclusionPath(index, to, grown.leaves.get(index), path)).isEqualTo(newRoot);
        }
    }

    @Test
    void aProofDoesNotVerifyAgainstAnotherTree() {
        GrownTree grown = new GrownTree().grow(40);
        byte[] root = grown.tree.root(40);
        List<byte[]> path = grown.tree.inclusionPath(7, 40);
        assertThat(ProofVerifier.verifyInclusion(7, 40, grown.leaves.get(8), path, root)).isFalse();
        assertThat(ProofVerifier.verifyInclusion(6, 40, grown.leaves.get(7), path, root)).isFalse();
        assertThat(ProofVerifier.verifyInclusion(7, 40, grown.leaves.get(7), path.subList(1, path.size()), root)).isFalse();
        List<byte[]> consistency = grown.tree.consistencyPath(13, 40);
        byte[] forged = grown.tree.root(12);
        assertThat(ProofVerifier.verifyConsistency(13, 40, forged, root, consistency)).isFalse();
        assertThat(Rfc9162.consistent(13, 40, forged, root, consistency)).isFalse();
    }

    @Test
    void anAppendReadsAndWritesOnlyLogarithmicallyManyNodes() {
        GrownTree grown = new GrownTree().grow(1023);
        int[] reads = {0};
        MerkleTree counting = new MerkleTree((level, index) -> {
            reads[0]++;
            return grown.stored.get(level + "/" + index);
        });
        byte[] leaf = Rfc9162.leaf(Rfc9162.entry(1023));
        assertThat(counting.completedBy(1023, leaf)).hasSize(11);
        assertThat(reads[0]).isEqualTo(10);
        grown.grow(1024);
        reads[0] = 0;
        counting.root(1000);
        assertThat(reads[0]).isLessThanOrEqualTo(10);
        reads[0] = 0;
        counting.inclusionPath(999, 1000);
        assertThat(reads[0]).isLessThanOrEqualTo(20);
    }
}
