package cn.jixiao.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem ({@code application/problem+json}). {@code code} is the stable rule code where there is
 * one; {@code violations} explain a 400 field by field; {@code errors} are the form errors that block a
 * submission (409).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code,
                      List<Violation> violations, List<Violation> errors) {

    private static final String TYPE_BASE = "https://jixiao.cn/problems/";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, List.of(), List.of());
    }

    public Problem withCode(String newCode) {
        return new Problem(type, title, status, detail, newCode, violations, errors);
    }

    public Problem withViolations(List<Violation> newViolations) {
        return new Problem(type, title, status, detail, code, List.copyOf(newViolations), errors);
    }

    public Problem withErrors(List<Violation> newErrors) {
        return new Problem(type, title, status, detail, code, violations, List.copyOf(newErrors));
    }
}
