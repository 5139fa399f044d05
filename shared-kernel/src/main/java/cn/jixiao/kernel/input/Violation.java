package cn.jixiao.kernel.input;

import cn.jixiao.kernel.declaration.Finding;

/**
 * One reason a request was refused, as every problem of the API lists them under {@code violations}: the field
 * (a JSON path such as {@code income.total}, a parameter, a header or a cell such as {@code B12}), a stable code
 * and a message in the domain's words. The same list for a 400 and for the 409 of a submission its errors block.
 */
public record Violation(String field, String code, String message) {

    public static Violation of(Finding finding) {
        return new Violation(finding.field(), finding.code(), finding.message());
    }
}
