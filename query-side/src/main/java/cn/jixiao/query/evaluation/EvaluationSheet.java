package cn.jixiao.query.evaluation;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The self-evaluation form as one Excel sheet in the layout bureaus exchange (绩效自评表): a title, then one row per
 * indicator with its target and the columns the unit fills (实际完成值, 达成程度, 得分, 偏差原因, 改进措施) beside the
 * points and scores; the indicator id in the last column so a filled sheet can be matched back; then the budget
 * line and the total with its grade.
 */
final class EvaluationSheet {

    static final List<String> HEADER = List.of("一级指标", "二级指标", "三级指标", "目标值", "实际完成值", "达成程度",
            "分值", "得分", "偏差原因", "改进措施", "指标标识");

    private EvaluationSheet() {
    }

    static byte[] write(EvaluationView view) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("绩效自评表");
            int r = 0;
            cells(sheet.createRow(r++), view.year() + "年度绩效自评表");
            cells(sheet.createRow(r++), "预算单位", view.unit().name(), "状态", view.statusLabel());
            cells(sheet.createRow(r++), HEADER.toArray(String[]::new));
            for (EvaluationView.LineView line : view.lines()) {
                cells(sheet.createRow(r++), line.level1().name(), line.level2() == null ? "" : line.level2().name(),
                        line.name(), line.target().text(), line.actual() == null ? "" : line.actual().text(),
                        line.judgement() == null ? "" : line.judgement().label(), line.points(), line.finalScore(),
                        line.deviationCause(), line.improvement(), line.indicatorId());
            }
            EvaluationView.BudgetView budget = view.budget();
            cells(sheet.createRow(r++), "预算执行率", "年度预算（万元）", budget.budget(), "已支出（万元）", budget.spent(),
                    "执行率", budget.points(), budget.finalScore());
            cells(sheet.createRow(r), "总分", view.total(), "等级", view.gradeLabel());
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.setColumnWidth(c, (c == 2 || c >= 8 ? 30 : 14) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
        }
    }
}
