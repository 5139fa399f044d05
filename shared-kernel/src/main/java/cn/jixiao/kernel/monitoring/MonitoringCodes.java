package cn.jixiao.kernel.monitoring;

/** Stable codes of the monitoring rules. Clients match on them: never rename one, only add. */
public final class MonitoringCodes {

    // refused at once (400)
    public static final String THRESHOLDS_INVALID = "THRESHOLDS_INVALID";
    public static final String CUT_OFF_OUTSIDE_YEAR = "CUT_OFF_OUTSIDE_YEAR";
    public static final String ROUND_NUMBER_INVALID = "ROUND_NUMBER_INVALID";
    /** A number where the target is text, or text where it is a number. */
    public static final String PROGRESS_KIND_MISMATCH = "PROGRESS_KIND_MISMATCH";
    /** 5平方米 reported against a target in 亩. */
    public static final String PROGRESS_UNIT_MISMATCH = "PROGRESS_UNIT_MISMATCH";
    public static final String OPINION_REQUIRED = "OPINION_REQUIRED";
    public static final String REASON_REQUIRED = "REASON_REQUIRED";
    public static final String DECISION_INVALID = "DECISION_INVALID";

    // block submission (409 with violations)
    public static final String PROGRESS_MISSING = "PROGRESS_MISSING";
    public static final String OUTLOOK_MISSING = "OUTLOOK_MISSING";
    /** A red indicator needs a deviation cause with its explanation. */
    public static final String RED_NEEDS_CAUSE = "RED_NEEDS_CAUSE";
    /** A red indicator needs the action planned to catch up. */
    public static final String RED_NEEDS_ACTION = "RED_NEEDS_ACTION";
    public static final String SPENT_MISSING = "SPENT_MISSING";
    public static final String SPENT_EXCEEDS_BUDGET = "SPENT_EXCEEDS_BUDGET";
    /** Budget execution on red needs what will be done about the gap. */
    public static final String BUDGET_GAP_NEEDS_MEASURES = "BUDGET_GAP_NEEDS_MEASURES";

    // the life cycle
    public static final String ROUND_EXISTS = "ROUND_EXISTS";
    public static final String ROUND_NOT_FOUND = "ROUND_NOT_FOUND";
    public static final String NO_APPROVED_DECLARATION = "NO_APPROVED_DECLARATION";
    public static final String FORM_NOT_FOUND = "MONITORING_FORM_NOT_FOUND";
    public static final String INDICATOR_NOT_FOUND = "INDICATOR_NOT_FOUND";
    public static final String NOT_EDITABLE = "NOT_EDITABLE";
    public static final String WRONG_STATUS = "WRONG_STATUS";
    public static final String SUBMISSION_BLOCKED = "SUBMISSION_BLOCKED";
    public static final String ROLE_REQUIRED = "ROLE_REQUIRED";
    public static final String OTHER_UNIT = "OTHER_UNIT";
    public static final String OWN_FILING = "OWN_FILING";
    public static final String NO_RED_LIGHT = "NO_RED_LIGHT";

    private MonitoringCodes() {
    }
}
