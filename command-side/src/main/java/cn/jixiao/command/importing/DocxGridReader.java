package cn.jixiao.command.importing;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Word document as a {@link Grid}: each non-blank paragraph outside tables is a row of one cell (the title,
 * the year, 填报单位), each table row a row of its cells placed on the table grid by their {@code gridSpan}. The
 * continuation of a vertical merge ({@code vMerge} without restart) is a blank cell.
 */
final class DocxGridReader {

    private DocxGridReader() {
    }

    static Grid read(XWPFDocument document) {
        List<List<GridCell>> rows = new ArrayList<>();
        int paragraphs = 0;
        int tables = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs++;
                if (!paragraph.getText().isBlank()) {
                    rows.add(List.of(new GridCell(rows.size(), 0, 1, paragraph.getText(), "paragraph " + paragraphs)));
                }
            } else if (element instanceof XWPFTable table) {
                tables++;
                for (int r = 0; r < table.getNumberOfRows(); r++) {
                    rows.add(cells(table.getRow(r), rows.size(), tables, r + 1));
                }
            }
        }
        return new Grid(rows);
    }

    private static List<GridCell> cells(XWPFTableRow row, int gridRow, int table, int tableRow) {
        List<GridCell> cells = new ArrayList<>();
        int col = 0;
        int index = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            index++;
            CTTcPr properties = cell.getCTTc().getTcPr();
            int span = properties != null && properties.getGridSpan() != null
                    ? properties.getGridSpan().getVal().intValue() : 1;
            String text = continuesMerge(properties) ? "" : text(cell);
            cells.add(new GridCell(gridRow, col, span, text,
                    "table " + table + ", row " + tableRow + ", col " + index));
            col += span;
        }
        return cells;
    }

    private static boolean continuesMerge(CTTcPr properties) {
        return properties != null && properties.getVMerge() != null
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    /** One line per paragraph of the cell. */
    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
