package cn.jixiao.web;

import cn.jixiao.kernel.input.ProblemType;
import cn.jixiao.kernel.input.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/**
 * A refusal in the API's one vocabulary: an RFC 9457 problem of a published {@link ProblemType}, with the stable
 * {@code code} of the rule that was hit and {@code violations: [{field, code, message}]} for every finding. Both
 * sides throw it (or a subclass); {@link ProblemAdvice} answers it as {@code application/problem+json} with its
 * headers.
 */
public class ApiProblem extends ErrorResponseException {

    public static final String CODE = "code";
    public static final String VIOLATIONS = "violations";

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ApiProblem(ProblemType type, String detail, Throwable cause) {
        super(HttpStatus.valueOf(type.status()), body(type, detail), cause);
    }

    /** The body of a problem of that type, for places that write it themselves (web filters). */
    public static ProblemDetail body(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static ApiProblem of(ProblemType type, String detail) {
        return new ApiProblem(type, detail);
    }

    public static ApiProblem notFound(String detail) {
        return of(ProblemType.NOT_FOUND, detail);
    }

    public static ApiProblem forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    public static ApiProblem conflict(String detail) {
        return of(ProblemType.CONFLICT, detail);
    }

    /** 400 with every finding; the detail joins their messages, and a single finding's code is the problem's. */
    public static ApiProblem invalid(List<Violation> violations) {
        ApiProblem problem = of(ProblemType.INVALID_INPUT,
                String.join("；", violations.stream().map(Violation::message).toList())).withViolations(violations);
        return violations.size() == 1 ? problem.withCode(violations.get(0).code()) : problem;
    }

    public static ApiProblem invalid(String field, String code, String message) {
        return invalid(List.of(new Violation(field, code, message)));
    }

    /** The read model has not caught up with a write the client made: ask it to come back in a second. */
    public static ApiProblem notYet(String detail) {
        return of(ProblemType.NOT_YET_PROJECTED, detail).retryAfter("1");
    }

    /** A live stream beyond the user's or the tenant's limit: close another and come back. */
    public static ApiProblem tooManyStreams(String detail) {
        return of(ProblemType.TOO_MANY_STREAMS, detail).withCode("TOO_MANY_STREAMS").retryAfter("30");
    }

    /** The stable code of the rule that was hit; none is written when there is none. */
    public ApiProblem withCode(String code) {
        if (code != null) {
            getBody().setProperty(CODE, code);
        }
        return this;
    }

    /** Every finding; an empty list is not written. */
    public ApiProblem withViolations(List<Violation> violations) {
        if (!violations.isEmpty()) {
            getBody().setProperty(VIOLATIONS, List.copyOf(violations));
        }
        return this;
    }

    public ApiProblem withProperty(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public ApiProblem retryAfter(String seconds) {
        getHeaders().set(HttpHeaders.RETRY_AFTER, seconds);
        return this;
    }

    /** The detail: what a log line or a test reads (Spring's message would be the whole body). */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    public String code() {
        Object code = getBody().getProperties() == null ? null : getBody().getProperties().get(CODE);
        return code == null ? null : code.toString();
    }
}
