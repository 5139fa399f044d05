package cn.jixiao.kernel.input;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem the API answers with, as published: each is the {@code type} URI, {@code title} and
 * {@code status} of an RFC 9457 problem. Which rule was hit is the problem's {@code code}; the type says only what
 * kind of refusal it is, so a client switches on the type and shows the code's message.
 */
public enum ProblemType {

    INVALID_INPUT("invalid-input", "输入有误", 400),
    UNAUTHORIZED("unauthorized", "未认证", 401),
    FORBIDDEN("forbidden", "无权操作", 403),
    NOT_FOUND("not-found", "未找到", 404),
    CONFLICT("conflict", "与当前状态冲突", 409),
    CONCURRENT_MODIFICATION("concurrent-modification", "并发修改", 409),
    REQUEST_IN_PROGRESS("idempotency-key", "请求正在处理中", 409),
    STALE_VERSION("stale-version", "版本已过期", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "请求体过大", 413),
    URI_TOO_LONG("uri-too-long", "请求地址过长", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "不支持的媒体类型", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key", "Idempotency-Key 已用于其他请求", 422),
    HEADERS_TOO_LARGE("headers-too-large", "请求头过大", 431),
    TOO_MANY_STREAMS("too-many-streams", "看板连接过多", 429),
    INTERNAL_ERROR("internal-error", "服务器内部错误", 500),
    NOT_YET_PROJECTED("not-yet-projected", "数据尚未更新", 503),
    STORAGE_UNAVAILABLE("storage-unavailable", "存储暂不可用", 503);

    private static final String BASE = "https://jixiao.cn/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The first type of that status: what a refusal means when nothing more specific is known. */
    public static Optional<ProblemType> forStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst();
    }
}
