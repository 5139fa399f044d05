package cn.jixiao.command.importing;

import org.springframework.http.HttpStatus;

import java.util.List;

/** The upload cannot become a declaration; nothing was sent. The status says why (400, 403, 413, 415). */
public class ImportRejectedException extends RuntimeException {

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
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
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
