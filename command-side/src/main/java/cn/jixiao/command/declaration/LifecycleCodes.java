package cn.jixiao.command.declaration;

/**
 * Stable codes of the life-cycle and permission rules the aggregate enforces. The form rules have theirs in
 * {@link cn.jixiao.kernel.declaration.rules.RuleCodes}; clients match on both, so never rename one, only add.
 */
public final class LifecycleCodes {

    public static final String NOT_EDITABLE = "NOT_EDITABLE";
    public static final String WRONG_STATUS = "WRONG_STATUS";
    public static final String SUBMISSION_BLOCKED = "SUBMISSION_BLOCKED";
    public static final String OPINION_REQUIRED = "OPINION_REQUIRED";
    public static final String REASON_REQUIRED = "REASON_REQUIRED";
    public static final String DECISION_INVALID = "DECISION_INVALID";
    /** A reviewer deciding on a declaration they created or submitted. */
    public static final String OWN_FILING = "OWN_FILING";
    /** The business reviewer of a revision deciding its performance review too (two stages, two people). */
    public static final String SAME_PERSON_BOTH_STAGES = "SAME_PERSON_BOTH_STAGES";
    public static final String OTHER_UNIT = "OTHER_UNIT";
    public static final String ROLE_REQUIRED = "ROLE_REQUIRED";
    public static final String GOAL_NOT_FOUND = "GOAL_NOT_FOUND";
    public static final String INDICATOR_NOT_FOUND = "INDICATOR_NOT_FOUND";
    public static final String GOAL_EXISTS = "GOAL_EXISTS";
    public static final String INDICATOR_EXISTS = "INDICATOR_EXISTS";
    public static final String ID_NOT_FOR_UNIT = "ID_NOT_FOR_UNIT";
    public static final String ALREADY_SUBMITTED_ONCE = "ALREADY_SUBMITTED_ONCE";
    /** A second create for the same unit, year and kind (the event store refuses the stream). */
    public static final String DECLARATION_EXISTS = "DECLARATION_EXISTS";

    /** A project command sent to a department-wide form, or a department-only one to a project form. */
    public static final String WRONG_KIND = "WRONG_KIND";
    /** The project code is part of the declaration's id: it cannot change after the form is opened. */
    public static final String PROJECT_CODE_FIXED = "PROJECT_CODE_FIXED";
    /** A project form has one 总目标 and one 年度目标. */
    public static final String TARGET_EXISTS = "TARGET_EXISTS";
    public static final String TERM_REQUIRED = "TERM_REQUIRED";
    /** A competent reviewer deciding on a unit of another competent department. */
    public static final String OTHER_DEPARTMENT = "OTHER_DEPARTMENT";

    private LifecycleCodes() {
    }
}
