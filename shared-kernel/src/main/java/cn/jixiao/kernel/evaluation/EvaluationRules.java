package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.TargetValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks of a self-evaluation, each with its code ({@link EvaluationCodes}): values that can never be right,
 * refused at once ({@code check…} of one input), and inconsistencies that block submission ({@link #blocking}).
 */
public final class EvaluationRules {

    /** A deviation cause or an improvement is a paragraph of the form. */
    public static final int MAX_TEXT_LENGTH = 2_000;

    private EvaluationRules() {
    }

    /** Every weight 0–100, together 100. */
    public static List<Finding> checkWeights(Weights weights) {
        List<Finding> findings = new ArrayList<>();
        if (weights == null) {
            findings.add(new Finding(EvaluationCodes.WEIGHTS_NOT_100, "weights", "须填写各类指标的分值"));
            return findings;
        }
        int[] each = {weights.output(), weights.benefit(), weights.satisfaction(), weights.cost(), weights.executionRate()};
        String[] names = {"output", "benefit", "satisfaction", "cost", "executionRate"};
        for (int i = 0; i < each.length; i++) {
            if (each[i] < 0 || each[i] > Weights.TOTAL) {
                findings.add(new Finding(EvaluationCodes.WEIGHT_INVALID, names[i], "分值须在 0 到 100 之间"));
            }
        }
        if (findings.isEmpty() && weights.sum() != Weights.TOTAL) {
            findings.add(new Finding(EvaluationCodes.WEIGHTS_NOT_100, "weights",
                    "各类指标与预算执行率的分值合计须为 100，现为 " + weights.sum()));
        }
        return findings;
    }

    /**
     * What the unit records for one indicator, checked against its target and points: a quantitative target needs a
     * number as its actual (in the target's unit, if both name one) and takes no judgement; a qualitative target's
     * score lies in its judgement's band.
     */
    public static List<Finding> checkResult(Indicator indicator, BigDecimal points, IndicatorResult result) {
        List<Finding> findings = new ArrayList<>();
        TargetValue target = indicator.target();
        TargetValue actual = result.actual();
        if (target.isQuantitative()) {
            if (actual != null && actual.value() == null) {
                findings.add(new Finding(EvaluationCodes.ACTUAL_NOT_A_NUMBER, "actual",
                        "目标值“" + target.text() + "”是定量指标，实际完成值须为数值: " + actual.text()));
            } else if (actual != null && actual.unit() != null && !actual.unit().isBlank() && target.unit() != null
                    && !target.unit().isBlank() && !Objects.equals(actual.unit(), target.unit())) {
                findings.add(new Finding(EvaluationCodes.ACTUAL_UNIT_MISMATCH, "actual",
                        "实际完成值的单位“" + actual.unit() + "”与目标值的单位“" + target.unit() + "”不同"));
            }
            if (result.judgement() != null || result.score() != null) {
                findings.add(new Finding(EvaluationCodes.JUDGEMENT_NOT_FOR_QUANTITATIVE, "judgement",
                        "定量指标按实际完成值计分，不填写达成程度与得分"));
            }
        } else if (result.score() != null) {
            findings.addAll(checkBand(result.judgement(), result.score(), points));
        }
        checkLength(findings, "deviationCause", result.deviationCause());
        checkLength(findings, "improvement", result.improvement());
        return findings;
    }

    /** The unit picks a score inside its judgement's band (财预〔2020〕10号: 100–80%, 80–60%, 60–0% of the points). */
    public static List<Finding> checkBand(Judgement judgement, BigDecimal score, BigDecimal points) {
        if (judgement == null) {
            return List.of(new Finding(EvaluationCodes.JUDGEMENT_MISSING, "judgement",
                    "定性指标须先判断达成程度（达成、部分达成或未达成）再填写得分"));
        }
        if (!Scoring.insideBand(judgement, score, points)) {
            return List.of(new Finding(EvaluationCodes.SCORE_OUTSIDE_BAND, "score", "“" + judgement.label() + "”的得分须在 "
                    + Scoring.rounded(points.multiply(judgement.lowestShare())) + " 到 "
                    + Scoring.rounded(points.multiply(judgement.highestShare())) + " 分之间，现为 " + score.toPlainString()));
        }
        return List.of();
    }

    /** A reviewer's score lies between zero and the line's points, and says why. */
    public static List<Finding> checkCorrection(BigDecimal points, BigDecimal score, String reason) {
        List<Finding> findings = new ArrayList<>();
        if (score == null || score.signum() < 0 || score.compareTo(points) > 0 || score.scale() > Scoring.SCALE) {
            findings.add(new Finding(EvaluationCodes.SCORE_OUT_OF_RANGE, "score",
                    "更正后的得分须在 0 到 " + points + " 分之间，最多两位小数"));
        }
        if (reason == null || reason.isBlank()) {
            findings.add(new Finding(EvaluationCodes.REASON_REQUIRED, "reason", "更正得分须填写理由"));
        }
        checkLength(findings, "reason", reason);
        return findings;
    }

    /** What blocks submission: lines not yet filled, missed targets unexplained, points no indicator can earn. */
    public static List<Finding> blocking(EvaluationForm form) {
        List<Finding> findings = new ArrayList<>();
        Scorecard scorecard = Scorecard.of(form);
        for (int i = 0; i < form.lines().size(); i++) {
            EvaluationLine line = form.lines().get(i);
            blocking(line, scorecard.line(line.key()).orElseThrow(), "lines[" + i + "].", findings);
        }
        for (Level1 category : Level1.values()) {
            boolean none = form.lines().stream().noneMatch(line -> line.indicator().level1() == category);
            if (none && form.weights().of(category) > 0) {
                findings.add(new Finding(EvaluationCodes.WEIGHT_WITHOUT_INDICATORS, "weights",
                        category.label() + "有 " + form.weights().of(category) + " 分，但申报表中没有该类指标：请调整分值"));
            }
        }
        return findings;
    }

    private static void blocking(EvaluationLine line, Scorecard.LineScore score, String field, List<Finding> findings) {
        Indicator indicator = line.indicator();
        IndicatorResult result = line.result();
        String name = "指标“" + indicator.name() + "”";
        if (indicator.target().isQuantitative() && result.actual() == null) {
            findings.add(new Finding(EvaluationCodes.ACTUAL_MISSING, field + "actual", name + "未填写实际完成值"));
            return;
        }
        if (!indicator.target().isQuantitative()) {
            if (result.judgement() == null) {
                findings.add(new Finding(EvaluationCodes.JUDGEMENT_MISSING, field + "judgement", name + "未判断达成程度"));
                return;
            }
            if (result.score() == null && result.judgement() != Judgement.ACHIEVED) {
                findings.add(new Finding(EvaluationCodes.SCORE_MISSING, field + "score",
                        name + "为“" + result.judgement().label() + "”，须在其分数段内填写得分"));
            } else if (result.score() != null) {
                checkBand(result.judgement(), result.score(), score.points())
                        .forEach(f -> findings.add(new Finding(f.code(), field + f.field(), name + f.message())));
            }
        }
        if (Boolean.FALSE.equals(score.met()) && (isBlank(result.deviationCause()) || isBlank(result.improvement()))) {
            findings.add(new Finding(EvaluationCodes.MISSED_TARGET_UNEXPLAINED, field + "deviationCause",
                    name + "未完成目标值“" + indicator.target().text() + "”，须说明偏差原因和改进措施"));
        }
    }

    private static void checkLength(List<Finding> findings, String field, String text) {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            findings.add(new Finding(EvaluationCodes.TEXT_TOO_LONG, field, "最多 " + MAX_TEXT_LENGTH + " 个字符"));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
