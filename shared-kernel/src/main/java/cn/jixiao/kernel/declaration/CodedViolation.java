package cn.jixiao.kernel.declaration;

/**
 * A value that can never be right, refused at once: the HTTP layer reports it as a 400 violation with this
 * rule code (see {@link cn.jixiao.kernel.declaration.rules.RuleCodes}).
 */
public interface CodedViolation {

    String code();

    String getMessage();
}
