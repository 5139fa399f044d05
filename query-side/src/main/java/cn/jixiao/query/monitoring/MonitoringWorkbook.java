package cn.jixiao.query.monitoring;

import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.monitoring.BudgetExecution;
import cn.jixiao.kernel.monitoring.DeviationCause;
import cn.jixiao.kernel.monitoring.MonitoredIndicator;
import cn.jixiao.kernel.monitoring.MonitoringForm;
import cn.jixiao.kernel.monitoring.Outlook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The monitoring form as the sheet bureaus exchange (部门整体支出绩效运行监控表): the unit and cut-off, budget
 * execution beside the time elapsed, then one row per indicator with the annual target and the columns the unit
 * fills (执行情况, 全年预计, 能否完成, 偏差原因, 原因说明, 完善措施), the light as of the export, and the indicator's id in
 * the last column so a filled sheet can be matched back row by row. 能否完成 and 偏差原因 offer their values as lists.
 */
final class MonitoringWorkbook {

    static final List<String> COLUMNS = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "执行情况",
            "全年预计完成", "能否完成目标", "偏差原因", "原因说明", "完善措施", "预警", "指标标识");
    private static final int[] WIDTHS = {10, 10, 22, 14, 14, 14, 12, 14, 24, 24, 8, 38};
    /** The header of the indicator table, after the title, the unit and the budget rows. */
    static final int TABLE_HEADER_ROW = 6;

    private MonitoringWorkbook() {
    }

    static byte[] write(MonitoringForm form) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("运行监控表");
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            CellStyle boxed = boxed(workbook, false);
            CellStyle heading = boxed(workbook, true);
            title(workbook, sheet, form.year() + "年度部门整体支出绩效运行监控表（第" + form.roundNumber() + "轮）");
            line(sheet, 1, boxed, "单位名称", form.unit().name(), "单位代码", form.unit().code(), "监控截止日期",
                    String.valueOf(form.cutOff()), "时序进度（%）", form.timeElapsed().toPlainString());
            BudgetExecution budget = form.budget();
            line(sheet, 3, heading, "全年预算数（万元）", "执行数（万元）", "执行率（%）", "时序进度（%）", "预警", "偏差措施");
            line(sheet, 4, boxed, budget.budget().toString(), budget.spent() == null ? "" : budget.spent().toString(),
                    budget.executionRate() == null ? "" : budget.executionRate().toPlainString(),
                    form.timeElapsed().toPlainString(), form.budgetLight().label(), budget.measures());
            line(sheet, TABLE_HEADER_ROW, heading, COLUMNS.toArray(String[]::new));
            for (int i = 0; i < form.indicators().size(); i++) {
                MonitoredIndicator row = form.indicators().get(i);
                line(sheet, TABLE_HEADER_ROW + 1 + i, boxed, row.level1().label(), row.level2().label(), row.name(),
                        row.target().text(), text(row.progress()), text(row.forecast()),
                        row.outlook() == null ? "" : row.outlook().label(), row.cause() == null ? "" : row.cause().label(),
                        row.explanation(), row.action(), row.light(form).label(), row.indicatorId().value());
            }
            lists(sheet, form.indicators().size());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void title(XSSFWorkbook workbook, Sheet sheet, String text) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 16);
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        org.apache.poi.ss.usermodel.Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
    }

    private static void line(Sheet sheet, int r, CellStyle style, String... values) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellValue(values[c] == null ? "" : values[c]);
            cell.setCellStyle(style);
        }
    }

    /** 能否完成 and 偏差原因 as drop-down lists of their labels. */
    private static void lists(Sheet sheet, int indicators) {
        if (indicators == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int first = TABLE_HEADER_ROW + 1;
        int last = TABLE_HEADER_ROW + indicators;
        String[] outlooks = Arrays.stream(Outlook.values()).map(Outlook::label).toArray(String[]::new);
        String[] causes = Arrays.stream(DeviationCause.values()).map(DeviationCause::label).toArray(String[]::new);
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(outlooks),
                new CellRangeAddressList(first, last, 6, 6)));
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(causes),
                new CellRangeAddressList(first, last, 7, 7)));
    }

    private static CellStyle boxed(XSSFWorkbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        if (bold) {
            Font font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }

    private static String text(TargetValue value) {
        return value == null ? "" : value.text();
    }
}
