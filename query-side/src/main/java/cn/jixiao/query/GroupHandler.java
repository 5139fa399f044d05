package cn.jixiao.query;

/**
 * What deploy registers: one annotated Axon event handler object and the processing group it belongs to (one
 * pooled streaming processor per group and tenant).
 */
public record GroupHandler(String processingGroup, Object eventHandler) {
}
