package cn.jixiao.kernel.declaration.rules;

/**
 * The stable codes of every rule of domain.md. Clients match on them, reviewers see them stored with each
 * revision: never rename one, only add.
 */
public final class RuleCodes {

    // Errors: values refused at once (400) or inconsistencies that block submission.
    public static final String INCOME_TOTAL_MISMATCH = "INCOME_TOTAL_MISMATCH";
    public static final String EXPENDITURE_TOTAL_MISMATCH = "EXPENDITURE_TOTAL_MISMATCH";
    public static final String THREE_PUBLIC_TOTAL_MISMATCH = "THREE_PUBLIC_TOTAL_MISMATCH";
    public static final String NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT";
    public static final String AMOUNT_SCALE = "AMOUNT_SCALE";
    /** An amount cell that is not a number at all. */
    public static final String AMOUNT_NOT_A_NUMBER = "AMOUNT_NOT_A_NUMBER";
    /** More integer digits than any budget has (see {@link cn.jixiao.kernel.declaration.Amount#MAX_INTEGER_DIGITS}). */
    public static final String AMOUNT_TOO_LARGE = "AMOUNT_TOO_LARGE";
    /** A target value's number beyond what any indicator measures, or a target text beyond one line of the form. */
    public static final String TARGET_OUT_OF_RANGE = "TARGET_OUT_OF_RANGE";
    public static final String NEGATIVE_STAFF = "NEGATIVE_STAFF";
    public static final String NO_GOAL = "NO_GOAL";
    public static final String GOAL_WITHOUT_INDICATORS = "GOAL_WITHOUT_INDICATORS";
    public static final String INDICATOR_NAME_MISSING = "INDICATOR_NAME_MISSING";
    public static final String TARGET_MISSING = "TARGET_MISSING";
    public static final String LEVEL_MISMATCH = "LEVEL_MISMATCH";
    public static final String YEAR_MISSING = "YEAR_MISSING";
    public static final String UNIT_MISSING = "UNIT_MISSING";
    public static final String CONTACT_MISSING = "CONTACT_MISSING";
    public static final String PHONE_MISSING = "PHONE_MISSING";

    // Project forms (项目支出): errors.
    public static final String PROJECT_NAME_MISSING = "PROJECT_NAME_MISSING";
    public static final String PROJECT_CODE_MISSING = "PROJECT_CODE_MISSING";
    public static final String PROJECT_ATTRIBUTE_MISSING = "PROJECT_ATTRIBUTE_MISSING";
    public static final String RESPONSIBLE_MISSING = "RESPONSIBLE_MISSING";
    public static final String PERIOD_MISSING = "PERIOD_MISSING";
    /** A month that is not {@code YYYY-MM}: refused at once. */
    public static final String MONTH_INVALID = "MONTH_INVALID";
    /** The period ends before it starts: refused at once. */
    public static final String PERIOD_ENDS_BEFORE_START = "PERIOD_ENDS_BEFORE_START";
    /** The total differs from fiscal appropriation + other funds + carried over. */
    public static final String PROJECT_FUNDS_MISMATCH = "PROJECT_FUNDS_MISMATCH";
    /** A plan row ending before it starts, or without content: refused at once. */
    public static final String PLAN_ROW_ENDS_BEFORE_START = "PLAN_ROW_ENDS_BEFORE_START";
    public static final String PLAN_ROW_OUTSIDE_PERIOD = "PLAN_ROW_OUTSIDE_PERIOD";
    /** The 总目标 or the 年度目标 is missing. */
    public static final String PROJECT_TARGET_MISSING = "PROJECT_TARGET_MISSING";
    /** A project target without output, benefit or satisfaction indicators (and cost ones under the 2021 edition). */
    public static final String TARGET_MISSING_CATEGORY = "TARGET_MISSING_CATEGORY";
    public static final String NO_CORE_INDICATOR = "NO_CORE_INDICATOR";

    // Warnings: shown to reviewers, never block.
    public static final String ACTUAL_STAFF_EXCEEDS_AUTHORIZED = "ACTUAL_STAFF_EXCEEDS_AUTHORIZED";
    public static final String SATISFACTION_TARGET_100 = "SATISFACTION_TARGET_100";
    public static final String VAGUE_TARGET = "VAGUE_TARGET";
    public static final String RATE_ABOVE_100 = "RATE_ABOVE_100";
    public static final String GOAL_MISSING_CATEGORY = "GOAL_MISSING_CATEGORY";
    public static final String INCOME_EXPENDITURE_MISMATCH = "INCOME_EXPENDITURE_MISMATCH";
    public static final String COST_TARGET_EXCEEDS_EXPENDITURE = "COST_TARGET_EXCEEDS_EXPENDITURE";
    public static final String TARGET_WEAKER_THAN_LAST_YEAR = "TARGET_WEAKER_THAN_LAST_YEAR";
    /** A target below what the unit actually achieved last year (its passed self-evaluation's 实际完成值). */
    public static final String TARGET_WEAKER_THAN_LAST_ACTUAL = "TARGET_WEAKER_THAN_LAST_ACTUAL";
    /** A project's cost target ({@code ≤X万元}) larger than the project's total funds. */
    public static final String COST_TARGET_EXCEEDS_FUNDS = "COST_TARGET_EXCEEDS_FUNDS";

    private RuleCodes() {
    }
}
