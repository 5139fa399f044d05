package cn.jixiao.command.importing;

import cn.jixiao.kernel.input.ProblemType;
import cn.jixiao.kernel.input.Violation;
import cn.jixiao.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/**
 * The upload cannot become a declaration; nothing was sent. The status says why (400, 403, 413, 415, 422). Answered
 * as RFC 9457 with every problem by cell: {@code problems} [{cell, code, message}] and, as elsewhere in the API,
 * {@code violations} [{field, code, message}].
 */
public class ImportRejectedException extends ErrorResponseException {

    public static final String NOT_A_FORM = "NOT_A_FORM";
    public static final String FORM_INVALID = "FORM_INVALID";
    public static final String FILE_EMPTY = "FILE_EMPTY";
    public static final String FILE_DAMAGED = "FILE_DAMAGED";
    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    /** A file within the size limit that unfolds into far more than any form (a Word body of many MB). */
    public static final String FORM_TOO_LARGE = "FORM_TOO_LARGE";
    public static final String FORMAT_UNSUPPORTED = "FORMAT_UNSUPPORTED";
    public static final String IMPORT_FORBIDDEN = "IMPORT_FORBIDDEN";

    private final HttpStatus status;
    private final String code;
    private final List<ImportProblem> problems;

    public ImportRejectedException(HttpStatus status, String code, String message, List<ImportProblem> problems) {
        super(status, body(status, code, message, problems), null);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    private static ProblemDetail body(HttpStatus status, String code, String message, List<ImportProblem> problems) {
        ProblemDetail problem = ProblemType.forStatus(status.value()).map(type -> ApiProblem.body(type, message))
                .orElseGet(() -> ProblemDetail.forStatusAndDetail(status, message));
        problem.setProperty(ApiProblem.CODE, code);
        problem.setProperty("problems", problems);
        problem.setProperty(ApiProblem.VIOLATIONS, problems.stream()
                .map(p -> new Violation(p.cell() == null ? "file" : p.cell(), p.code(), p.message()))
                .toList());
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    static ImportRejectedException badFile(String code, String message) {
        return new ImportRejectedException(HttpStatus.BAD_REQUEST, code, message, List.of());
    }

    static ImportRejectedException unsupported(String message) {
        return new ImportRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, FORMAT_UNSUPPORTED, message, List.of());
    }

    static ImportRejectedException forbidden(String message) {
        return new ImportRejectedException(HttpStatus.FORBIDDEN, IMPORT_FORBIDDEN, message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
