package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.Level1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scores of a self-evaluation form, computed (never stored on their own): per indicator its points (its
 * category's weight spread over the category's indicators), the rule that scored it, the unit's score and, where
 * a reviewer corrected it, the reviewer's; the execution rate's line likewise; the total of the final scores and
 * its grade.
 */
public record Scorecard(List<LineScore> lines, ExecutionScore execution, BigDecimal total, Grade grade) {

    /** The line key of the execution rate among corrections. */
    public static final String EXECUTION_RATE_LINE = "executionRate";

    /** {@code finalScore} is the reviewer's where corrected, else the unit's. */
    public record LineScore(String indicatorId, Level1 category, BigDecimal points, String rule, BigDecimal score,
                            Boolean met, ScoreCorrection correction, BigDecimal finalScore) {
    }

    public record ExecutionScore(Amount budget, Amount spent, BigDecimal rate, BigDecimal points, BigDecimal score,
                                 ScoreCorrection correction, BigDecimal finalScore) {
    }

    public static Scorecard of(EvaluationForm form) {
        Map<String, BigDecimal> points = points(form);
        List<LineScore> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (EvaluationLine line : form.lines()) {
            LineScore scored = scored(line, points.get(line.key()), form.corrections().get(line.key()));
            lines.add(scored);
            total = total.add(scored.finalScore());
        }
        ExecutionScore execution = execution(form);
        total = Scoring.rounded(total.add(execution.finalScore()));
        return new Scorecard(lines, execution, total, Grade.of(total));
    }

    /** The points of each indicator by id: its category's weight spread over the category's indicators, form order. */
    public static Map<String, BigDecimal> points(EvaluationForm form) {
        Map<Level1, List<EvaluationLine>> byCategory = new EnumMap<>(Level1.class);
        form.lines().forEach(line -> byCategory.computeIfAbsent(line.indicator().level1(), c -> new ArrayList<>()).add(line));
        Map<String, BigDecimal> points = new java.util.HashMap<>();
        byCategory.forEach((category, lines) -> {
            Iterator<BigDecimal> spread = Scoring.spread(form.weights().of(category), lines.size()).iterator();
            lines.forEach(line -> points.put(line.key(), spread.next()));
        });
        return points;
    }

    public Optional<LineScore> line(String indicatorId) {
        return lines.stream().filter(line -> line.indicatorId().equals(indicatorId)).findFirst();
    }

    /** The points of a line (an indicator id or {@link #EXECUTION_RATE_LINE}); empty for an unknown one. */
    public Optional<BigDecimal> pointsOf(String line) {
        return EXECUTION_RATE_LINE.equals(line) ? Optional.of(execution.points()) : line(line).map(LineScore::points);
    }

    private static LineScore scored(EvaluationLine line, BigDecimal points, ScoreCorrection correction) {
        Scoring.Score score = score(line, points);
        BigDecimal finalScore = correction != null ? Scoring.rounded(correction.score()) : score.score();
        return new LineScore(line.key(), line.indicator().level1(), points, score.rule(), score.score(), score.met(),
                correction, finalScore);
    }

    /** The rule that applies to what was recorded: nothing yet, a number against a number, or a judgement. */
    static Scoring.Score score(EvaluationLine line, BigDecimal points) {
        IndicatorResult result = line.result();
        if (line.indicator().target().isQuantitative()) {
            if (result.actual() == null || result.actual().value() == null) {
                return new Scoring.Score(EvaluationCodes.NOT_SCORED, Scoring.rounded(BigDecimal.ZERO), null);
            }
            return Scoring.quantitative(line.indicator().target(), result.actual().value(), points);
        }
        if (result.judgement() == null) {
            return new Scoring.Score(EvaluationCodes.NOT_SCORED, Scoring.rounded(BigDecimal.ZERO), null);
        }
        return Scoring.qualitative(result.judgement(), result.score(), points);
    }

    private static ExecutionScore execution(EvaluationForm form) {
        BigDecimal points = Scoring.rounded(BigDecimal.valueOf(form.weights().executionRate()));
        Scoring.Score score = Scoring.executionRateScore(form.budget(), form.spent(), points);
        ScoreCorrection correction = form.corrections().get(EXECUTION_RATE_LINE);
        return new ExecutionScore(form.budget(), form.spent(), Scoring.executionRate(form.budget(), form.spent()), points,
                score.score(), correction, correction != null ? Scoring.rounded(correction.score()) : score.score());
    }
}
