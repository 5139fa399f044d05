package cn.jixiao.command.idempotency;

import cn.jixiao.kernel.input.ProblemType;
import cn.jixiao.web.ApiProblem;

/**
 * An Idempotency-Key that cannot be honoured: reused for a different request (422) or still being processed
 * by a concurrent request (409).
 */
public class IdempotencyConflictException extends ApiProblem {

    public static final String KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String IN_PROGRESS = "IDEMPOTENCY_KEY_IN_PROGRESS";

    private final int status;
    private final String code;

    private IdempotencyConflictException(int status, String code, String message) {
        super(status == 422 ? ProblemType.IDEMPOTENCY_KEY_REUSED : ProblemType.REQUEST_IN_PROGRESS, message);
        withCode(code);
        this.status = status;
        this.code = code;
    }

    static IdempotencyConflictException reused() {
        return new IdempotencyConflictException(422, KEY_REUSED,
                "该 Idempotency-Key 已用于另一个不同的请求；新的请求请使用新的 Idempotency-Key");
    }

    static IdempotencyConflictException inProgress() {
        return new IdempotencyConflictException(409, IN_PROGRESS, "使用该 Idempotency-Key 的请求正在处理中，请稍后重试");
    }

    public int status() {
        return status;
    }

    @Override
    public String code() {
        return code;
    }
}
