package cn.jixiao.query.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem of the audit and history endpoints (rendered as {@code application/problem+json}). */
public final class AuditProblem extends ErrorResponseException {

    private AuditProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, problem(status, slug, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://jixiao.cn/problems/" + slug));
        problem.setTitle(title);
        return problem;
    }

    public static AuditProblem notFound(String detail) {
        return new AuditProblem(HttpStatus.NOT_FOUND, "not-found", "未找到", detail);
    }

    public static AuditProblem forbidden(String detail) {
        return new AuditProblem(HttpStatus.FORBIDDEN, "forbidden", "无权访问", detail);
    }

    /** 400 with {@code violations: [{field, code, message}]}. */
    public static AuditProblem invalid(String field, String code, String message) {
        AuditProblem problem = new AuditProblem(HttpStatus.BAD_REQUEST, "invalid-request", "请求参数不正确", message);
        problem.getBody().setProperty("violations", List.of(Map.of("field", field, "code", code, "message", message)));
        return problem;
    }
}
