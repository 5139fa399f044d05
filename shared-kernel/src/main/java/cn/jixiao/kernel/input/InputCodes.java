package cn.jixiao.kernel.input;

/**
 * Stable codes of input that can never be right, whatever the form says (400, 413, 415). The form rules have theirs
 * in {@link cn.jixiao.kernel.declaration.rules.RuleCodes}; clients match on both, so never rename one, only add.
 */
public final class InputCodes {

    /** Not JSON at all, or cut short. */
    public static final String MALFORMED = "MALFORMED";
    /** The same key twice in one object: which one would count is anyone's guess. */
    public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
    /** Something after the JSON value ({@code {...}xyz}). */
    public static final String TRAILING_CONTENT = "TRAILING_CONTENT";
    /** A number where text belongs, text where a number belongs, an object for a list. */
    public static final String WRONG_TYPE = "WRONG_TYPE";
    /** A fraction where a count belongs ({@code 29.99} staff). */
    public static final String NOT_AN_INTEGER = "NOT_AN_INTEGER";
    /** A field the request does not have (misspelt, or of another endpoint): it would silently be ignored. */
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    /** A value outside an enumeration. */
    public static final String UNKNOWN_VALUE = "UNKNOWN_VALUE";
    /** NUL, another control character, a non-character (U+FFFF) or a lone surrogate. */
    public static final String TEXT_INVALID_CHARACTER = "TEXT_INVALID_CHARACTER";
    /** Longer than any field of the form. */
    public static final String TEXT_TOO_LONG = "TEXT_TOO_LONG";
    /** An identifier (unit code, declaration, goal or indicator id) of the wrong shape. */
    public static final String ID_INVALID = "ID_INVALID";
    /** A query parameter that cannot be read. */
    public static final String PARAMETER_INVALID = "PARAMETER_INVALID";
    /** A query string longer than any question the API answers (414). */
    public static final String URI_TOO_LONG = "URI_TOO_LONG";
    /** Request headers beyond what the server reads (431). */
    public static final String HEADERS_TOO_LARGE = "HEADERS_TOO_LARGE";
    /** A body beyond the endpoint's limit (413). */
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    /** A body of another media type than the endpoint reads (415). */
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    /** A multipart body without a boundary, or not terminated. */
    public static final String MULTIPART_MALFORMED = "MULTIPART_MALFORMED";

    private InputCodes() {
    }
}
