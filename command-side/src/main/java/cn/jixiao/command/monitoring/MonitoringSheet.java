package cn.jixiao.command.monitoring;

import cn.jixiao.command.importing.Grid;
import cn.jixiao.command.importing.GridCell;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.CodedViolation;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.input.CleanText;
import cn.jixiao.kernel.input.Identifiers;
import cn.jixiao.kernel.input.InputCodes;
import cn.jixiao.kernel.monitoring.DeviationCause;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringRejectedException;
import cn.jixiao.kernel.monitoring.Outlook;
import cn.jixiao.kernel.monitoring.ReportIndicatorProgressCommand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the filled columns of an exported monitoring sheet back (the query side's export writes it): the header
 * row is found by its labels, each row by its indicator id (the last column), and every cell that can never be
 * right is reported by its reference ({@code G9}), all at once. What the form decides (unknown indicators, the
 * kind of a progress value) is decided by the form when the rows are reported.
 */
public final class MonitoringSheet {

    static final String ID = "指标标识";
    static final String PROGRESS = "执行情况";
    static final String FORECAST = "全年预计完成";
    static final String OUTLOOK = "能否完成目标";
    static final String CAUSE = "偏差原因";
    static final String EXPLANATION = "原因说明";
    static final String ACTION = "完善措施";
    public static final String NOT_A_MONITORING_SHEET = "NOT_A_MONITORING_SHEET";

    /** One row to report, and the cell of each field, so that a refusal names the cell. */
    public record SheetRow(ReportIndicatorProgressCommand report, Map<String, String> cells, String row) {
    }

    private MonitoringSheet() {
    }

    /** The rows to report, or a refusal listing every cell that can never be right. */
    public static List<SheetRow> read(Grid grid, MonitoringFormId form, PersonRef filer) {
        int header = headerRow(grid);
        Map<String, Integer> columns = new HashMap<>();
        grid.row(header).forEach(cell -> columns.put(cell.oneLine().strip(), cell.col()));
        List<Finding> problems = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        for (int r = header + 1; r < grid.size(); r++) {
            Row row = new Row(grid, r, columns, problems);
            Optional<GridCell> id = row.cell(ID).filter(cell -> !cell.isBlank());
            if (id.isEmpty()) {
                continue;
            }
            if (!Identifiers.isWellFormed(id.get().oneLine().strip())) {
                problems.add(new Finding(InputCodes.ID_INVALID, id.get().ref(), "指标标识有误：" + id.get().oneLine()));
                continue;
            }
            ReportIndicatorProgressCommand report = new ReportIndicatorProgressCommand(form,
                    IndicatorId.of(id.get().oneLine().strip()), row.value(PROGRESS), row.value(FORECAST),
                    row.label(OUTLOOK, Outlook.values(), Outlook::label), row.label(CAUSE, DeviationCause.values(),
                    DeviationCause::label), row.text(EXPLANATION), row.text(ACTION), filer, null);
            rows.add(new SheetRow(report, row.cells(), id.get().ref()));
        }
        if (!problems.isEmpty()) {
            throw MonitoringRejectedException.invalid(problems);
        }
        return rows;
    }

    private static int headerRow(Grid grid) {
        for (int r = 0; r < grid.size(); r++) {
            if (grid.row(r).stream().anyMatch(cell -> cell.oneLine().strip().equals(ID))
                    && grid.row(r).stream().anyMatch(cell -> cell.oneLine().strip().equals(PROGRESS))) {
                return r;
            }
        }
        throw MonitoringRejectedException.invalid(NOT_A_MONITORING_SHEET, "file",
                "文件中没有监控表的指标表头（须含“" + PROGRESS + "”与“" + ID + "”两列，请使用导出的监控表填写）");
    }

    /** One row of the sheet: its cells by header, each problem recorded with the cell's reference. */
    private record Row(Grid grid, int row, Map<String, Integer> columns, List<Finding> problems) {

        Optional<GridCell> cell(String header) {
            Integer col = columns.get(header);
            return col == null ? Optional.empty()
                    : grid.row(row).stream().filter(cell -> cell.col() == col).findFirst();
        }

        Map<String, String> cells() {
            Map<String, String> refs = new HashMap<>();
            Map.of("progress", PROGRESS, "forecast", FORECAST, "outlook", OUTLOOK, "cause", CAUSE,
                    "explanation", EXPLANATION, "action", ACTION).forEach((field, header) ->
                    cell(header).ifPresent(cell -> refs.put(field, cell.ref())));
            return refs;
        }

        String text(String header) {
            return cell(header).map(cell -> {
                try {
                    return CleanText.require(cell.oneLine().strip());
                } catch (CleanText.InvalidTextException e) {
                    problems.add(new Finding(e.code(), cell.ref(), e.getMessage()));
                    return "";
                }
            }).orElse("");
        }

        TargetValue value(String header) {
            Optional<GridCell> cell = cell(header).filter(found -> !found.isBlank());
            if (cell.isEmpty()) {
                return null;
            }
            try {
                return TargetValue.parse(cell.get().oneLine());
            } catch (IllegalArgumentException e) {
                String code = e instanceof CodedViolation coded ? coded.code() : InputCodes.WRONG_TYPE;
                problems.add(new Finding(code, cell.get().ref(), e.getMessage()));
                return null;
            }
        }

        <E> E label(String header, E[] values, Function<E, String> label) {
            Optional<GridCell> cell = cell(header).filter(found -> !found.isBlank());
            if (cell.isEmpty()) {
                return null;
            }
            String text = cell.get().oneLine().strip();
            return Arrays.stream(values).filter(value -> label.apply(value).equals(text)).findFirst().orElseGet(() -> {
                problems.add(new Finding(InputCodes.UNKNOWN_VALUE, cell.get().ref(), "“" + text + "”不是可选的值："
                        + String.join(" / ", Arrays.stream(values).map(label).toList())));
                return null;
            });
        }
    }
}
