package cn.jixiao.query;

/**
 * An annotated Axon event handler object and the processing group deploy registers it in
 * (one pooled streaming processor per group and tenant).
 */
public record Projection(String processingGroup, Object eventHandler) {
}
