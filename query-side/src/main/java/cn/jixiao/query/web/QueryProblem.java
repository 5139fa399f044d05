package cn.jixiao.query.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem raised by a read endpoint. Spring renders {@link ErrorResponseException}s as
 * {@code application/problem+json} with their headers; {@link QueryProblemHandler} makes sure it does for the
 * query side's controllers.
 */
public final class QueryProblem extends ErrorResponseException {

    private QueryProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, problem(status, slug, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://jixiao.cn/problems/" + slug));
        problem.setTitle(title);
        return problem;
    }

    public static QueryProblem notFound(String detail) {
        return new QueryProblem(HttpStatus.NOT_FOUND, "not-found", "未找到", detail);
    }

    public static QueryProblem forbidden(String detail) {
        return new QueryProblem(HttpStatus.FORBIDDEN, "forbidden", "无权访问", detail);
    }

    public static QueryProblem conflict(String detail) {
        return new QueryProblem(HttpStatus.CONFLICT, "conflict", "状态冲突", detail);
    }

    /** 400 with {@code violations: [{field, code, message}]}. */
    public static QueryProblem invalid(List<Violation> violations) {
        QueryProblem problem = new QueryProblem(HttpStatus.BAD_REQUEST, "invalid-request", "请求参数不正确",
                String.join("；", violations.stream().map(Violation::message).toList()));
        problem.getBody().setProperty("violations", violations);
        return problem;
    }

    public static QueryProblem invalid(String field, String code, String message) {
        return invalid(List.of(new Violation(field, code, message)));
    }

    /** The read model has not caught up with a write the client made: ask it to come back in a second. */
    public static QueryProblem notYet(String detail) {
        QueryProblem problem = new QueryProblem(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-projected", "数据尚未更新", detail);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return problem;
    }

    public record Violation(String field, String code, String message) {
    }
}
