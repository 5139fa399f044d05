package cn.jixiao.command.evaluation.web;

import cn.jixiao.command.importing.FormFiles;
import cn.jixiao.command.importing.Grid;
import cn.jixiao.command.importing.GridCell;
import cn.jixiao.command.importing.ImportRejectedException;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.evaluation.EvaluationCodes;
import cn.jixiao.kernel.evaluation.Judgement;
import cn.jixiao.kernel.evaluation.RecordIndicatorResultsCommand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A self-evaluation sheet as exported ({@code GET /self-evaluations/{id}/export}), filled by the unit and read
 * back: the columns are found by their header labels, the rows by the indicator id in the last column. The file is
 * read by the declaration import's own readers ({@link FormFiles#grid}: size, zip-bomb and cell limits included).
 * What cannot be read is reported at its cell.
 */
final class FilledSheet {

    static final String ID_HEADER = "指标标识";
    /** Header label → the field of a row it fills. */
    private static final Map<String, String> COLUMNS = Map.of("实际完成值", "actual", "达成程度", "judgement",
            "得分", "score", "偏差原因", "deviationCause", "改进措施", "improvement", ID_HEADER, "indicatorId");
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");

    private FilledSheet() {
    }

    /** The rows of the sheet, or 400 with a violation per cell that cannot be read. */
    static List<RecordIndicatorResultsCommand.Row> read(byte[] content) {
        Grid grid = grid(content);
        int header = headerRow(grid);
        Map<Integer, String> fieldByColumn = new HashMap<>();
        for (GridCell cell : grid.rows().get(header)) {
            Optional.ofNullable(COLUMNS.get(cell.text() == null ? "" : cell.text().strip()))
                    .ifPresent(field -> fieldByColumn.put(cell.col(), field));
        }
        List<Finding> problems = new ArrayList<>();
        List<RecordIndicatorResultsCommand.Row> rows = new ArrayList<>();
        for (List<GridCell> cells : grid.rows().subList(header + 1, grid.rows().size())) {
            row(cells, fieldByColumn, problems).ifPresent(rows::add);
        }
        if (!problems.isEmpty()) {
            throw DeclarationRejectedException.invalid(problems);
        }
        return rows;
    }

    private static Optional<RecordIndicatorResultsCommand.Row> row(List<GridCell> cells, Map<Integer, String> fieldByColumn,
                                                                   List<Finding> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> refs = new LinkedHashMap<>();
        for (GridCell cell : cells) {
            String field = fieldByColumn.get(cell.col());
            if (field != null) {
                texts.put(field, cell.text() == null ? "" : cell.text().strip());
                refs.put(field, cell.ref());
            }
        }
        String indicatorId = texts.getOrDefault("indicatorId", "");
        if (indicatorId.isEmpty()) {
            return Optional.empty(); // the budget and total rows, blank rows
        }
        Judgement judgement = judgement(texts.get("judgement"), refs.get("judgement"), problems);
        // a quantitative line is scored from its actual: its score column is what the export computed
        BigDecimal score = judgement == null ? null : score(texts.get("score"), refs.get("score"), problems);
        String ref = cells.isEmpty() ? "" : cells.get(0).ref();
        return Optional.of(new RecordIndicatorResultsCommand.Row(ref, refs, indicatorId, texts.get("actual"), judgement,
                score, texts.get("deviationCause"), texts.get("improvement")));
    }

    private static Judgement judgement(String text, String ref, List<Finding> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Optional<Judgement> named = Arrays.stream(Judgement.values()).filter(j -> j.label().equals(text)).findFirst();
        if (named.isEmpty()) {
            problems.add(new Finding(EvaluationCodes.JUDGEMENT_MISSING, ref, "达成程度须为“达成”“部分达成”或“未达成”: " + text));
        }
        return named.orElse(null);
    }

    private static BigDecimal score(String text, String ref, List<Finding> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!SCORE.matcher(text).matches()) {
            problems.add(new Finding(EvaluationCodes.SCORE_OUT_OF_RANGE, ref, "得分须为不超过两位小数的非负数: " + text));
            return null;
        }
        return new BigDecimal(text);
    }

    private static int headerRow(Grid grid) {
        for (int r = 0; r < grid.rows().size(); r++) {
            if (grid.rows().get(r).stream().anyMatch(cell -> cell.text() != null && ID_HEADER.equals(cell.text().strip()))) {
                return r;
            }
        }
        throw DeclarationRejectedException.invalid(List.of(new Finding(ImportRejectedException.NOT_A_FORM, "file",
                "不是导出的绩效自评表：找不到“" + ID_HEADER + "”列")));
    }

    /** The import's refusals of a file, as this endpoint's problems (the import's handler is its own controller's). */
    private static Grid grid(byte[] content) {
        try {
            return FormFiles.grid(content);
        } catch (ImportRejectedException e) {
            throw DeclarationRejectedException.invalid(List.of(new Finding(e.code(), "file", e.getMessage())));
        }
    }
}
