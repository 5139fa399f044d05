package cn.jixiao.command.web;

import cn.jixiao.kernel.declaration.Finding;

/** One reason a request was refused, for the {@code violations} of a 400 problem: the field (a JSON path), a stable code, a message. */
public record Violation(String field, String code, String message) {

    public static Violation of(Finding finding) {
        return new Violation(finding.field(), finding.code(), finding.message());
    }
}
