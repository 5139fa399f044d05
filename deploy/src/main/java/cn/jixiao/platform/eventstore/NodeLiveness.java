package cn.jixiao.platform.eventstore;

/**
 * Whether the node holding a claim is alive. With it, a claim lasts as long as its owner is alive (one heartbeat
 * per node, not one write per processor and segment), so an idle processor keeps its claims without writing.
 */
@FunctionalInterface
public interface NodeLiveness {

    boolean isAlive(String nodeId);
}
