package cn.jixiao.command.web;

import cn.jixiao.kernel.input.ProblemType;
import cn.jixiao.kernel.input.Violation;
import cn.jixiao.web.ApiProblem;

import java.util.List;

/**
 * Request values the HTTP layer itself refuses (a malformed If-Match, an amount that is not a number): a 400 with
 * violations, the first one's message as its detail.
 */
public class InvalidInputException extends ApiProblem {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(ProblemType.INVALID_INPUT, violations.isEmpty() ? "请求有误" : violations.get(0).message());
        this.violations = List.copyOf(violations);
        withViolations(violations);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new Violation(field, code, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
