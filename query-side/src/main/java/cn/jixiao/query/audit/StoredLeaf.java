package cn.jixiao.query.audit;

/** A leaf as stored: its index in the tree, the event it stands for, and its hash. */
public record StoredLeaf(long index, String eventId, String aggregateId, Long sequenceNumber, Long globalPosition, byte[] hash) {
}
