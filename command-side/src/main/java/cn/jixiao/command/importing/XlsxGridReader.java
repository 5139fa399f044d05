package cn.jixiao.command.importing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Excel sheet as a {@link Grid}. A merged region is one cell at its top-left corner; below the corner it
 * leaves a blank cell (blank means "as above"); to the right of it nothing. Numbers keep the decimal the user
 * typed: {@link BigDecimal#valueOf(double)} gives the shortest decimal that is the same double.
 */
final class XlsxGridReader {

    /**
     * A form fills a few hundred rows of seven columns. Beyond these bounds nothing is read, so a sheet with one
     * stray cell at XFD1048576 does not make a grid of seventeen billion cells.
     */
    static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 40;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private XlsxGridReader() {
    }

    /** The sheet that holds the indicator table; a workbook with notes on other sheets still imports. */
    static Grid read(Workbook workbook) {
        for (Sheet sheet : workbook) {
            Grid grid = read(sheet);
            if (grid.labelled(FormLabels.LEVEL2_HEADER).isPresent()) {
                return grid;
            }
        }
        return read(workbook.getSheetAt(0));
    }

    static Grid read(Sheet sheet) {
        Map<Long, CellRangeAddress> merged = mergedCells(sheet);
        int lastColumn = 0;
        for (Row row : sheet) {
            lastColumn = Math.min(MAX_COLUMNS, Math.max(lastColumn, row.getLastCellNum()));
        }
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS - 1); r++) {
            Row row = sheet.getRow(r);
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < lastColumn; c++) {
                CellRangeAddress region = merged.get(key(r, c));
                boolean corner = region == null || (region.getFirstRow() == r && region.getFirstColumn() == c);
                if (!corner && region.getFirstColumn() != c) {
                    continue;
                }
                int span = region == null ? 1 : region.getLastColumn() - region.getFirstColumn() + 1;
                String text = corner && row != null ? text(row.getCell(c)) : "";
                cells.add(new GridCell(rows.size(), c, span, text, new CellReference(r, c).formatAsString(false)));
            }
            rows.add(cells);
        }
        return new Grid(rows);
    }

    private static Map<Long, CellRangeAddress> mergedCells(Sheet sheet) {
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
        return merged;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DATE)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }
}
