package cn.jixiao.query.audit;

import java.util.List;

/** RFC 9162 inclusion proof; hashes in lower-case hex, {@code path} from the leaf upwards. */
public record InclusionProof(String eventId, long leafIndex, long treeSize, String leafHash, List<String> path) {
}
