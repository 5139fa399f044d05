package cn.jixiao.query.export;

import cn.jixiao.query.export.FormLayout.Cell;
import cn.jixiao.query.export.FormLayout.Layout;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Renders the {@link FormLayout} as a Word document: the heading lines as paragraphs, the form as one table on a
 * seven-column grid, horizontal spans as {@code gridSpan} and vertical ones as {@code vMerge} (restart, then
 * continue in the rows below), the way Word itself saves merged cells.
 */
final class DocxFormWriter {

    private static final int[] COLUMN_WIDTHS = {1300, 1100, 1300, 1300, 1900, 900, 1500};

    private DocxFormWriter() {
    }

    static byte[] write(Layout layout) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, layout.title(), true, ParagraphAlignment.CENTER);
            paragraph(document, layout.year(), false, ParagraphAlignment.CENTER);
            paragraph(document, layout.header(), false, ParagraphAlignment.LEFT);
            table(document, layout);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    private static void table(XWPFDocument document, Layout layout) {
        List<List<Cell>> rows = layout.rows();
        int columns = layout.columns();
        XWPFTable table = document.createTable();
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(layout.width(COLUMN_WIDTHS, c)));
        }
        int[] mergedRowsLeft = new int[columns];
        int[] mergedSpan = new int[columns];
        for (List<Cell> cells : rows) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            int col = 0;
            while (col < columns) {
                if (mergedRowsLeft[col] > 0) {
                    mergedRowsLeft[col]--;
                    cell(row, mergedSpan[col], STMerge.CONTINUE, "", false);
                    col += mergedSpan[col];
                    continue;
                }
                Cell cell = startingAt(cells, col);
                if (cell == null) {
                    cell(row, 1, null, "", false);
                    col++;
                    continue;
                }
                if (cell.rowSpan() > 1) {
                    mergedRowsLeft[col] = cell.rowSpan() - 1;
                    mergedSpan[col] = cell.colSpan();
                }
                cell(row, cell.colSpan(), cell.rowSpan() > 1 ? STMerge.RESTART : null, cell.text(), cell.label());
                col += cell.colSpan();
            }
        }
        table.removeRow(0);
    }

    private static Cell startingAt(List<Cell> cells, int col) {
        return cells.stream().filter(cell -> cell.col() == col).findFirst().orElse(null);
    }

    private static void cell(XWPFTableRow row, int span, STMerge.Enum merge, String text, boolean bold) {
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (span > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (merge != null) {
            properties.addNewVMerge().setVal(merge);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            XWPFRun run = paragraph.createRun();
            run.setBold(bold);
            run.setText(lines[i]);
        }
    }
}
