package cn.jixiao.kernel.declaration;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The domain said no. The HTTP layer maps {@link Reason} to a status (INVALID 400, CONFLICT 409, FORBIDDEN 403,
 * NOT_FOUND 404) and {@link #findings()} to the problem's {@code violations}.
 */
public class DeclarationRejectedException extends RuntimeException {

    public enum Reason { INVALID, CONFLICT, FORBIDDEN, NOT_FOUND }

    /** The code of {@link #invalid(List)} when the findings are the whole story. */
    public static final String INVALID_CODE = "INVALID";

    private final Reason reason;
    private final String code;
    private final List<Finding> findings;

    public DeclarationRejectedException(Reason reason, String code, String message, List<Finding> findings) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = Objects.requireNonNull(code, "code");
        this.findings = List.copyOf(findings);
    }

    /** Values that can never be right (400). */
    public static DeclarationRejectedException invalid(List<Finding> findings) {
        String message = findings.stream().map(Finding::message).collect(Collectors.joining("；"));
        return new DeclarationRejectedException(Reason.INVALID, INVALID_CODE, message, findings);
    }

    /** Wrong state or duplicate (409). */
    public static DeclarationRejectedException conflict(String code, String message) {
        return conflict(code, message, List.of());
    }

    /** Wrong state with the findings that cause it, e.g. a submission blocked by errors (409). */
    public static DeclarationRejectedException conflict(String code, String message, List<Finding> findings) {
        return new DeclarationRejectedException(Reason.CONFLICT, code, message, findings);
    }

    public static DeclarationRejectedException forbidden(String code, String message) {
        return new DeclarationRejectedException(Reason.FORBIDDEN, code, message, List.of());
    }

    public static DeclarationRejectedException notFound(String code, String message) {
        return new DeclarationRejectedException(Reason.NOT_FOUND, code, message, List.of());
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public List<Finding> findings() {
        return findings;
    }
}
