package cn.jixiao.kernel.declaration.rules;

import cn.jixiao.kernel.declaration.Finding;

import java.util.ArrayList;
import java.util.List;

/** Collects errors and warnings in the order the form reads. */
final class Findings {

    private final List<Finding> errors = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();

    void error(String code, String field, String message) {
        errors.add(new Finding(code, field, message));
    }

    void warning(String code, String field, String message) {
        warnings.add(new Finding(code, field, message));
    }

    List<Finding> errors() {
        return List.copyOf(errors);
    }

    ValidationReport report() {
        return new ValidationReport(errors, warnings);
    }
}
