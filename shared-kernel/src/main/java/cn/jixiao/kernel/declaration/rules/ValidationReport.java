package cn.jixiao.kernel.declaration.rules;

import cn.jixiao.kernel.declaration.Finding;

import java.util.List;
import java.util.stream.Stream;

/** What the rules found: errors block submission, warnings are shown to reviewers and stored with each revision. */
public record ValidationReport(List<Finding> errors, List<Finding> warnings) {

    public static final ValidationReport CLEAN = new ValidationReport(List.of(), List.of());

    public ValidationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** The codes of all findings, errors first; handy for dashboards and tests. */
    public List<String> codes() {
        return Stream.concat(errors.stream(), warnings.stream()).map(Finding::code).toList();
    }
}
