package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The self-evaluation form as its events have made it: the approved indicators with what the unit recorded, the
 * budget, the amount spent, the weights, and the reviewer's corrections by line. Folded once, here, for the
 * aggregate, the projection and time travel alike; {@link Scorecard#of} computes its scores.
 */
public record EvaluationForm(EvaluationId id, DeclarationId declarationId, int year, Unit unit, int declarationRevision,
                             List<EvaluationLine> lines, Amount budget, Amount spent, Weights weights,
                             Map<String, ScoreCorrection> corrections) {

    public EvaluationForm {
        lines = List.copyOf(lines);
        corrections = Map.copyOf(corrections);
    }

    public static EvaluationForm started(SelfEvaluationStartedEvent e) {
        return new EvaluationForm(e.evaluationId(), e.declarationId(), e.year(), e.unit(), e.revision(), e.lines(),
                e.budget(), Amount.ZERO, e.weights(), Map.of());
    }

    /** The form after {@code event}; life-cycle events leave it as it is. */
    public EvaluationForm apply(SelfEvaluationEvent event) {
        if (event instanceof SelfEvaluationStartedEvent e) {
            return started(e);
        } else if (event instanceof IndicatorResultRecordedEvent e) {
            return withLines(lines.stream().map(line -> line.key().equals(e.indicatorId()) ? line.with(e.result()) : line)
                    .toList());
        } else if (event instanceof SpendingRecordedEvent e) {
            return new EvaluationForm(id, declarationId, year, unit, declarationRevision, lines, budget, e.spent(),
                    weights, corrections);
        } else if (event instanceof WeightsChangedEvent e) {
            return new EvaluationForm(id, declarationId, year, unit, declarationRevision, lines, budget, spent,
                    e.weights(), corrections);
        } else if (event instanceof ScoreCorrectedEvent e) {
            Map<String, ScoreCorrection> next = new LinkedHashMap<>(corrections);
            next.put(e.line(), new ScoreCorrection(e.line(), e.score(), e.reason(), e.reviewer()));
            return new EvaluationForm(id, declarationId, year, unit, declarationRevision, lines, budget, spent, weights,
                    next);
        }
        return this;
    }

    public Optional<EvaluationLine> line(String indicatorId) {
        return lines.stream().filter(line -> line.key().equals(indicatorId)).findFirst();
    }

    private EvaluationForm withLines(List<EvaluationLine> next) {
        return new EvaluationForm(id, declarationId, year, unit, declarationRevision, next, budget, spent, weights,
                corrections);
    }
}
