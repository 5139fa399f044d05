package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.TargetValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    @ParameterizedTest(name = "{0} with actual {1} of {2} points scores {3} by {4}")
    @CsvSource({
            // a ≥ target met or beaten: full points
            "≥90%,      90,    10, 10.00, QUANTITATIVE_MET",
            "≥90%,      95,    10, 10.00, QUANTITATIVE_MET",
            // missed: actual / target of the points
            "≥90%,      72,    10,  8.00, QUANTITATIVE_BELOW_TARGET",
            "≥12次,      9,     5,  3.75, QUANTITATIVE_BELOW_TARGET",
            "≥12次,      0,     5,  0.00, QUANTITATIVE_BELOW_TARGET",
            // > is strict
            ">12次,     12,     6,  6.00, QUANTITATIVE_BELOW_TARGET",
            ">12次,     13,     6,  6.00, QUANTITATIVE_MET",
            // a ≤ target met: full; missed: target / actual
            "≤296.8725万元, 296.8725, 4, 4.00, QUANTITATIVE_MET",
            "≤6万元/人,  8,     4,  3.00, QUANTITATIVE_ABOVE_TARGET",
            "<6万元/人,  6,     4,  4.00, QUANTITATIVE_ABOVE_TARGET",
            // = by closeness: 1 − |a − t| / t, never below zero
            "=8.73亩,    8.73,  3,  3.00, QUANTITATIVE_MET",
            "=4个社区,   3,     8,  6.00, EQUAL_TARGET_BY_CLOSENESS",
            "=4个社区,   5,     8,  6.00, EQUAL_TARGET_BY_CLOSENESS",
            "=4个社区,   9,     8,  0.00, EQUAL_TARGET_BY_CLOSENESS",
            // a number without comparator is an = target
            "100%,      50,    10,  5.00, EQUAL_TARGET_BY_CLOSENESS",
    })
    void quantitativeTargetsScoreByTheirComparator(String target, String actual, String points, String score, String rule) {
        Scoring.Score scored = Scoring.quantitative(TargetValue.parse(target), new BigDecimal(actual), new BigDecimal(points));

        assertThat(scored.score()).isEqualByComparingTo(score);
        assertThat(scored.rule()).isEqualTo(rule);
        assertThat(scored.met()).isEqualTo(rule.equals(EvaluationCodes.QUANTITATIVE_MET));
    }

    @ParameterizedTest(name = "{0} scoring {1} of {2} points is inside its band: {3}")
    @CsvSource({
            "ACHIEVED,        10,   10, true",
            "ACHIEVED,         8,   10, true",
            "ACHIEVED,         7.99, 10, false",
            "PARTLY_ACHIEVED,  8,   10, true",
            "PARTLY_ACHIEVED,  6,   10, true",
            "PARTLY_ACHIEVED,  9,   10, false",
            "PARTLY_ACHIEVED,  5.9, 10, false",
            "NOT_ACHIEVED,     6,   10, true",
            "NOT_ACHIEVED,     0,   10, true",
            "NOT_ACHIEVED,     6.5, 10, false",
            "ACHIEVED,         2.4,  3, true",
            "ACHIEVED,         2.3,  3, false",
    })
    void qualitativeScoresLieInTheBandOfTheirJudgement(Judgement judgement, String score, String points, boolean inside) {
        assertThat(Scoring.insideBand(judgement, new BigDecimal(score), new BigDecimal(points))).isEqualTo(inside);
    }

    @Test
    void anAchievedQualitativeTargetWithoutAScoreEarnsFullPoints() {
        Scoring.Score scored = Scoring.qualitative(Judgement.ACHIEVED, null, new BigDecimal("2.5"));

        assertThat(scored.score()).isEqualByComparingTo("2.5");
        assertThat(scored.met()).isTrue();
        assertThat(scored.rule()).isEqualTo(EvaluationCodes.QUALITATIVE_JUDGED);
    }

    @Test
    void aPartlyAchievedQualitativeTargetIsMissedAndScoresWhatTheUnitPicked() {
        Scoring.Score scored = Scoring.qualitative(Judgement.PARTLY_ACHIEVED, new BigDecimal("1.8"), new BigDecimal("2.5"));

        assertThat(scored.score()).isEqualByComparingTo("1.8");
        assertThat(scored.met()).isFalse();
    }

    @ParameterizedTest(name = "spent {1} of {0}: rate {2}, {3} of 10 points")
    @CsvSource({
            "649.4,  649.4,  1.0000, 10.00",
            "649.4,  584.46, 0.9000,  9.00",
            "649.4,  700,    1.0779, 10.00",
            "100,    0,      0.0000,  0.00",
    })
    void theExecutionRateEarnsRateTimesItsPointsCapped(String budget, String spent, String rate, String score) {
        assertThat(Scoring.executionRate(Amount.of(budget), Amount.of(spent))).isEqualByComparingTo(rate);
        assertThat(Scoring.executionRateScore(Amount.of(budget), Amount.of(spent), BigDecimal.TEN).score())
                .isEqualByComparingTo(score);
    }

    @Test
    void withoutABudgetThereIsNoRateAndNoPoints() {
        assertThat(Scoring.executionRate(Amount.ZERO, Amount.ZERO)).isNull();
        assertThat(Scoring.executionRateScore(Amount.ZERO, Amount.ZERO, BigDecimal.TEN).score()).isZero();
    }

    @Test
    void aCategorysWeightIsSpreadSoItsPointsAddUpExactly() {
        assertThat(Scoring.spread(50, 3)).containsExactly(new BigDecimal("16.66"), new BigDecimal("16.66"),
                new BigDecimal("16.68"));
        assertThat(Scoring.spread(30, 4)).containsExactly(new BigDecimal("7.50"), new BigDecimal("7.50"),
                new BigDecimal("7.50"), new BigDecimal("7.50"));
        assertThat(Scoring.spread(10, 0)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is graded {1}")
    @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, FAIR", "60, FAIR",
            "59.99, POOR", "0, POOR"})
    void theTotalIsGradedInBands(String total, Grade grade) {
        assertThat(Grade.of(new BigDecimal(total))).isEqualTo(grade);
    }
}
