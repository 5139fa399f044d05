package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.Map;

/**
 * The RFC 9457 problems of the read endpoints of the dashboard and comparison features, and who may read them.
 * Thrown before any reactive work starts, so a stream never opens for a request that is refused.
 */
public final class ReadProblems {

    /** Everyone of the tenant may read projections: "viewer and up" is every role but the platform operator's. */
    private static final Role[] TENANT_READERS = {Role.VIEWER, Role.AUDITOR, Role.BUSINESS_REVIEWER,
            Role.PERFORMANCE_REVIEWER, Role.TENANT_ADMIN, Role.FILER};

    private ReadProblems() {
    }

    /** A platform operator never reads a tenant's declarations; nor does a token without a tenant. */
    public static void requireTenantReader(Actor actor) {
        if (actor == null || actor.tenant() == null || !actor.hasAny(TENANT_READERS)) {
            throw forbidden("只有本租户的用户可以查看此数据");
        }
    }

    public static ErrorResponseException forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "无权访问", detail);
    }

    public static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "未找到", detail);
    }

    /** A 400 naming the query parameter at fault, with a stable code. */
    public static ErrorResponseException invalid(String field, String code, String message) {
        ErrorResponseException e = problem(HttpStatus.BAD_REQUEST, "请求参数无效", message);
        e.getBody().setProperty("violations", List.of(Map.of("field", field, "code", code, "message", message)));
        return e;
    }

    /** Parses a year such as {@code 2020}; {@code field} names the parameter in the violation. */
    public static int year(String field, String text) {
        if (text == null || text.isBlank()) {
            throw invalid(field, "YEAR_REQUIRED", "请指定年度，例如 " + field + "=2020");
        }
        try {
            int year = Integer.parseInt(text.trim());
            if (year >= 1900 && year <= 2999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same words as an out-of-range year
        }
        throw invalid(field, "YEAR_INVALID", "年度应为四位数字，例如 2020，而不是: " + text);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return new ErrorResponseException(status, body, null);
    }
}
