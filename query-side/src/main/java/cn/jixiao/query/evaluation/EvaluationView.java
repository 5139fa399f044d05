package cn.jixiao.query.evaluation;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.evaluation.EvaluationLine;
import cn.jixiao.kernel.evaluation.EvaluationReview;
import cn.jixiao.kernel.evaluation.EvaluationRules;
import cn.jixiao.kernel.evaluation.EvaluationState;
import cn.jixiao.kernel.evaluation.EvaluationStatus;
import cn.jixiao.kernel.evaluation.Grade;
import cn.jixiao.kernel.evaluation.Judgement;
import cn.jixiao.kernel.evaluation.ScoreCorrection;
import cn.jixiao.kernel.evaluation.Scorecard;
import cn.jixiao.kernel.evaluation.Weights;

import java.util.List;

/**
 * A self-evaluation as the API shows it: per indicator the approved target beside the actual value, its points,
 * the rule that scored it, the unit's score and the reviewer's correction; the budget line; the total and grade;
 * what still blocks submission. Scores are decimal strings, like amounts.
 */
public record EvaluationView(String id, String declarationId, int year, Unit unit, int declarationRevision,
                             EvaluationStatus status, String statusLabel, long version, int revision,
                             List<LineView> lines, BudgetView budget, Weights weights, String total, Grade grade,
                             String gradeLabel, List<Finding> errors, List<ReviewView> reviews, PersonRef filer,
                             String updatedAt) {

    public record LineView(String goalId, String indicatorId, Level1 level1, Level2 level2, String name,
                           TargetValue target, TargetValue actual, Judgement judgement, String points, String rule,
                           String score, Boolean met, String correctedScore, String correctionReason,
                           PersonRef correctedBy, String finalScore, String deviationCause, String improvement) {
    }

    public record BudgetView(String budget, String spent, String executionRate, String points, String score,
                             String correctedScore, String correctionReason, String finalScore) {
    }

    public record ReviewView(EvaluationReview.Decision decision, String opinion, PersonRef reviewer, String at) {
    }

    public static EvaluationView of(EvaluationState state, String updatedAt) {
        Scorecard card = state.scorecard();
        List<LineView> lines = state.form().lines().stream()
                .map(line -> line(line, card.line(line.key()).orElseThrow())).toList();
        Scorecard.ExecutionScore execution = card.execution();
        ScoreCorrection budgetCorrection = execution.correction();
        BudgetView budget = new BudgetView(execution.budget().toString(), execution.spent().toString(),
                plain(execution.rate()), plain(execution.points()), plain(execution.score()),
                budgetCorrection == null ? null : plain(budgetCorrection.score()),
                budgetCorrection == null ? null : budgetCorrection.reason(), plain(execution.finalScore()));
        List<ReviewView> reviews = state.reviews().stream().map(review -> new ReviewView(review.decision(),
                review.opinion(), review.reviewer(), review.at() == null ? null : review.at().toString())).toList();
        return new EvaluationView(state.form().id().value(), state.form().declarationId().value(), state.form().year(),
                state.form().unit(), state.form().declarationRevision(), state.status(), state.status().label(),
                state.version(), state.revision(), lines, budget, state.form().weights(), plain(card.total()),
                card.grade(), card.grade().label(), EvaluationRules.blocking(state.form()), reviews, state.filer(),
                updatedAt);
    }

    private static LineView line(EvaluationLine line, Scorecard.LineScore score) {
        Indicator indicator = line.indicator();
        ScoreCorrection correction = score.correction();
        return new LineView(line.goalId().value(), indicator.id().value(), indicator.level1(), indicator.level2(),
                indicator.name(), indicator.target(), line.result().actual(), line.result().judgement(),
                plain(score.points()), score.rule(), plain(score.score()), score.met(),
                correction == null ? null : plain(correction.score()), correction == null ? null : correction.reason(),
                correction == null ? null : correction.reviewer(), plain(score.finalScore()),
                line.result().deviationCause(), line.result().improvement());
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
