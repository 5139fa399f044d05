package cn.jixiao.kernel.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Record the results of several indicators at once, all or none: a filled sheet imported back. Each row names the
 * cell it came from ({@code ref}, such as {@code E5}), so a refusal reports its problems per cell.
 */
public record RecordIndicatorResultsCommand(@TargetAggregateIdentifier EvaluationId evaluationId, List<Row> rows,
                                            @TargetAggregateVersion Long expectedVersion) {

    public RecordIndicatorResultsCommand {
        rows = List.copyOf(rows);
    }

    /** {@code cells}: the cell each field was read from ({@code actual → E5}); {@code ref} names the row. */
    public record Row(String ref, Map<String, String> cells, String indicatorId, String actual, Judgement judgement,
                      BigDecimal score, String deviationCause, String improvement) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** Where a problem with {@code field} is to be found: its cell, else the row, else the field itself. */
        public String where(String field) {
            return cells.getOrDefault(field, ref == null || ref.isEmpty() ? field : ref);
        }
    }
}
