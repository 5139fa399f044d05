package cn.jixiao.query.export;

import cn.jixiao.query.export.FormLayout.Cell;
import cn.jixiao.query.export.FormLayout.Layout;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** Renders the {@link FormLayout} as one Excel sheet: amounts as numbers, targets as text, merged cells as on paper. */
final class XlsxFormWriter {

    private static final int[] COLUMN_WIDTHS = {14, 12, 14, 14, 22, 10, 16};

    private XlsxFormWriter() {
    }

    static byte[] write(Layout layout) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("申报表");
            for (int c = 0; c < layout.columns(); c++) {
                sheet.setColumnWidth(c, layout.width(COLUMN_WIDTHS, c) * 256 * 2);
            }
            Styles styles = new Styles(workbook);
            heading(sheet, 0, layout.title(), styles.title, layout.columns());
            heading(sheet, 1, layout.year(), styles.centered, layout.columns());
            heading(sheet, 2, layout.header(), styles.plain, layout.columns());
            List<List<Cell>> rows = layout.rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = row(sheet, 3 + r);
                for (Cell cell : rows.get(r)) {
                    write(sheet, row, cell, cell.label() ? styles.label : styles.value);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(Sheet sheet, int r, String text, CellStyle style, int columns) {
        org.apache.poi.ss.usermodel.Cell cell = row(sheet, r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
    }

    private static void write(Sheet sheet, Row row, Cell layoutCell, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(layoutCell.col());
        if (layoutCell.value() instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(layoutCell.text());
        }
        cell.setCellStyle(style);
        if (layoutCell.colSpan() == 1 && layoutCell.rowSpan() == 1) {
            return;
        }
        CellRangeAddress region = new CellRangeAddress(row.getRowNum(), row.getRowNum() + layoutCell.rowSpan() - 1,
                layoutCell.col(), layoutCell.col() + layoutCell.colSpan() - 1);
        sheet.addMergedRegion(region);
        RegionUtil.setBorderTop(BorderStyle.THIN, region, sheet);
        RegionUtil.setBorderBottom(BorderStyle.THIN, region, sheet);
        RegionUtil.setBorderLeft(BorderStyle.THIN, region, sheet);
        RegionUtil.setBorderRight(BorderStyle.THIN, region, sheet);
    }

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle centered;
        final CellStyle plain;
        final CellStyle label;
        final CellStyle value;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            centered = workbook.createCellStyle();
            centered.setAlignment(HorizontalAlignment.CENTER);
            plain = workbook.createCellStyle();
            label = bordered(workbook);
            label.setFont(bold);
            label.setAlignment(HorizontalAlignment.CENTER);
            value = bordered(workbook);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            return style;
        }
    }
}
