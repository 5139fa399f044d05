package cn.jixiao.kernel.register;

/** The stable codes of the register's rules (the {@code code} of a problem). */
public final class RegisterCodes {

    public static final String ADMIN_REQUIRED = "REGISTER_ADMIN_REQUIRED";
    public static final String SECTION_NAME_REQUIRED = "SECTION_NAME_REQUIRED";
    public static final String SECTION_UNKNOWN = "SECTION_UNKNOWN";
    public static final String UNIT_CODE_DUPLICATE = "UNIT_CODE_DUPLICATE";
    public static final String UNIT_NAME_REQUIRED = "UNIT_NAME_REQUIRED";
    public static final String UNIT_NAME_TAKEN = "UNIT_NAME_TAKEN";
    public static final String UNIT_NOT_FOUND = "UNIT_NOT_FOUND";
    public static final String UNIT_CLOSED = "UNIT_CLOSED";
    public static final String DEPARTMENT_UNKNOWN = "DEPARTMENT_UNKNOWN";
    /** A unit under itself, or under one of its own descendants. */
    public static final String DEPARTMENT_CYCLE = "DEPARTMENT_CYCLE";
    public static final String USER_NAME_REQUIRED = "USER_NAME_REQUIRED";
    public static final String USER_ROLES_REQUIRED = "USER_ROLES_REQUIRED";
    public static final String FILER_UNIT_REQUIRED = "FILER_UNIT_REQUIRED";
    public static final String REVIEWER_SECTION_REQUIRED = "REVIEWER_SECTION_REQUIRED";
    public static final String USER_IN_TWO_SECTIONS = "USER_IN_TWO_SECTIONS";
    public static final String YEAR_INVALID = "YEAR_INVALID";
    public static final String EDITION_REQUIRED = "EDITION_REQUIRED";
    public static final String ROWS_REQUIRED = "ROWS_REQUIRED";
    /** Enforcement on declarations. */
    public static final String OTHER_SECTION = "OTHER_SECTION";
    public static final String TOKEN_UNIT_MISMATCH = "TOKEN_UNIT_MISMATCH";
    public static final String EDITION_NOT_OF_YEAR = "EDITION_NOT_OF_YEAR";
    public static final String UNIT_NAME_UNKNOWN = "UNIT_NAME_UNKNOWN";

    private RegisterCodes() {
    }
}
