package cn.jixiao.query.audit;

import java.util.List;

/** RFC 9162 consistency proof between tree sizes {@code from} and {@code to}; hashes in lower-case hex. */
public record ConsistencyProof(long from, long to, List<String> path) {
}
