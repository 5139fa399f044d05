package cn.jixiao.query.web;

import cn.jixiao.kernel.input.Violation;
import cn.jixiao.web.ApiProblem;

import java.util.List;

/**
 * @deprecated throw {@link ApiProblem} (shared-web); these delegates are kept one wave so that code written
 * against the old name still compiles at the merge.
 */
@Deprecated(forRemoval = true)
public final class QueryProblem {

    private QueryProblem() {
    }

    public static ApiProblem notFound(String detail) {
        return ApiProblem.notFound(detail);
    }

    public static ApiProblem forbidden(String detail) {
        return ApiProblem.forbidden(detail);
    }

    public static ApiProblem conflict(String detail) {
        return ApiProblem.conflict(detail);
    }

    public static ApiProblem invalid(List<Violation> violations) {
        return ApiProblem.invalid(violations);
    }

    public static ApiProblem invalid(String field, String code, String message) {
        return ApiProblem.invalid(field, code, message);
    }

    public static ApiProblem notYet(String detail) {
        return ApiProblem.notYet(detail);
    }

    public static ApiProblem tooManyStreams(String detail) {
        return ApiProblem.tooManyStreams(detail);
    }
}
