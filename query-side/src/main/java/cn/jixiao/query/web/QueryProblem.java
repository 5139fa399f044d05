package cn.jixiao.query.web;

import cn.jixiao.kernel.input.ProblemType;
import cn.jixiao.kernel.input.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/**
 * An RFC 9457 problem raised by a read endpoint. Spring renders {@link ErrorResponseException}s as
 * {@code application/problem+json} with their headers; {@link QueryProblemHandler} makes sure it does for the
 * query side's controllers.
 */
public final class QueryProblem extends ErrorResponseException {

    private QueryProblem(ProblemType type, String detail) {
        super(HttpStatus.valueOf(type.status()), problem(type, detail), null);
    }

    private static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static QueryProblem notFound(String detail) {
        return new QueryProblem(ProblemType.NOT_FOUND, detail);
    }

    public static QueryProblem forbidden(String detail) {
        return new QueryProblem(ProblemType.FORBIDDEN, detail);
    }

    public static QueryProblem conflict(String detail) {
        return new QueryProblem(ProblemType.CONFLICT, detail);
    }

    /** 400 with {@code violations: [{field, code, message}]}. */
    public static QueryProblem invalid(List<Violation> violations) {
        QueryProblem problem = new QueryProblem(ProblemType.INVALID_INPUT,
                String.join("；", violations.stream().map(Violation::message).toList()));
        problem.getBody().setProperty("violations", violations);
        if (violations.size() == 1) {
            problem.getBody().setProperty("code", violations.get(0).code());
        }
        return problem;
    }

    public static QueryProblem invalid(String field, String code, String message) {
        return invalid(List.of(new Violation(field, code, message)));
    }

    /** The read model has not caught up with a write the client made: ask it to come back in a second. */
    public static QueryProblem notYet(String detail) {
        QueryProblem problem = new QueryProblem(ProblemType.NOT_YET_PROJECTED, detail);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return problem;
    }

    /** A live stream beyond the user's or the tenant's limit: close another and come back. */
    public static QueryProblem tooManyStreams(String detail) {
        QueryProblem problem = new QueryProblem(ProblemType.TOO_MANY_STREAMS, detail);
        problem.getBody().setProperty("code", "TOO_MANY_STREAMS");
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
        return problem;
    }

}
