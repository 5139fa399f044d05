package cn.jixiao.kernel.evaluation;

/**
 * Stable codes of the self-evaluation: the scoring rules (each score names the rule that gave it), the checks and
 * the life cycle. Clients match on them: never rename one, only add.
 */
public final class EvaluationCodes {

    // scoring rules
    public static final String QUANTITATIVE_MET = "QUANTITATIVE_MET";
    /** A ≥ (or >) target missed: actual / target of the points. */
    public static final String QUANTITATIVE_BELOW_TARGET = "QUANTITATIVE_BELOW_TARGET";
    /** A ≤ (or <) target missed: target / actual of the points. */
    public static final String QUANTITATIVE_ABOVE_TARGET = "QUANTITATIVE_ABOVE_TARGET";
    /** An = target missed: the points times 1 − |actual − target| / target, never below zero. */
    public static final String EQUAL_TARGET_BY_CLOSENESS = "EQUAL_TARGET_BY_CLOSENESS";
    /** A qualitative target: the unit's score inside the band of its judgement. */
    public static final String QUALITATIVE_JUDGED = "QUALITATIVE_JUDGED";
    /** The budget's execution rate times its points, capped at its points. */
    public static final String EXECUTION_RATE = "EXECUTION_RATE";
    /** Nothing recorded yet: no points. */
    public static final String NOT_SCORED = "NOT_SCORED";

    // refused at once (400)
    public static final String WEIGHTS_NOT_100 = "WEIGHTS_NOT_100";
    public static final String WEIGHT_INVALID = "WEIGHT_INVALID";
    public static final String SCORE_OUTSIDE_BAND = "SCORE_OUTSIDE_BAND";
    public static final String SCORE_OUT_OF_RANGE = "SCORE_OUT_OF_RANGE";
    public static final String ACTUAL_NOT_A_NUMBER = "ACTUAL_NOT_A_NUMBER";
    public static final String ACTUAL_UNIT_MISMATCH = "ACTUAL_UNIT_MISMATCH";
    public static final String JUDGEMENT_NOT_FOR_QUANTITATIVE = "JUDGEMENT_NOT_FOR_QUANTITATIVE";
    public static final String TEXT_TOO_LONG = "EVALUATION_TEXT_TOO_LONG";
    public static final String REASON_REQUIRED = "CORRECTION_REASON_REQUIRED";

    // block submission
    public static final String ACTUAL_MISSING = "ACTUAL_MISSING";
    public static final String JUDGEMENT_MISSING = "JUDGEMENT_MISSING";
    public static final String SCORE_MISSING = "SCORE_MISSING";
    /** A missed target without its deviation cause and the improvement planned. */
    public static final String MISSED_TARGET_UNEXPLAINED = "MISSED_TARGET_UNEXPLAINED";
    /** A category given points but without any indicator to earn them. */
    public static final String WEIGHT_WITHOUT_INDICATORS = "WEIGHT_WITHOUT_INDICATORS";

    // life cycle
    public static final String DECLARATION_NOT_FOUND = "EVALUATION_DECLARATION_NOT_FOUND";
    public static final String DECLARATION_NOT_APPROVED = "DECLARATION_NOT_APPROVED";
    public static final String ID_NOT_FOR_DECLARATION = "EVALUATION_ID_NOT_FOR_DECLARATION";
    public static final String EVALUATION_EXISTS = "EVALUATION_EXISTS";
    public static final String EVALUATION_NOT_EDITABLE = "EVALUATION_NOT_EDITABLE";
    public static final String EVALUATION_WRONG_STATUS = "EVALUATION_WRONG_STATUS";
    public static final String EVALUATION_SUBMISSION_BLOCKED = "EVALUATION_SUBMISSION_BLOCKED";
    public static final String LINE_NOT_FOUND = "EVALUATION_LINE_NOT_FOUND";
    public static final String EVALUATION_NOT_FOUND = "EVALUATION_NOT_FOUND";

    private EvaluationCodes() {
    }
}
