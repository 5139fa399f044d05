package cn.jixiao.command.web;

import cn.jixiao.kernel.input.Violation;
import cn.jixiao.kernel.input.ProblemType;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem ({@code application/problem+json}). {@code code} is the stable rule code where there is
 * one; {@code violations} list every finding field by field, for a 400 and for the form errors that block a
 * submission (409) alike (the 409 listed them as {@code errors} before).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code,
                      List<Violation> violations) {

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri().toString(), type.title(), type.status(), detail, null, List.of());
    }

    /** A status none of the published types has (RFC 9457's {@code about:blank}). */
    static Problem ofStatus(int status, String detail) {
        String reason = org.springframework.http.HttpStatus.resolve(status) != null
                ? org.springframework.http.HttpStatus.resolve(status).getReasonPhrase() : "请求失败";
        return new Problem("about:blank", reason, status, detail != null ? detail : reason, null, List.of());
    }

    public Problem withCode(String newCode) {
        return new Problem(type, title, status, detail, newCode, violations);
    }

    public Problem withViolations(List<Violation> newViolations) {
        return new Problem(type, title, status, detail, code, List.copyOf(newViolations));
    }
}
