package cn.jixiao.command.importing;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Excel sheet as a {@link Grid}, read as a stream (POI's event model: SAX over the sheet's XML) so that memory
 * is bounded by the form, not by the file: only the first {@value #MAX_ROWS} rows and {@value #MAX_COLUMNS} columns
 * are kept, each cell's text at most {@value #MAX_CELL_TEXT} characters, at most {@value #MAX_MERGES} merged
 * regions and {@value #MAX_SHEETS} sheets; a sheet of a million rows is skipped through after the form's rows
 * without keeping any of them, and of the shared strings only those the kept cells use are read.
 *
 * <p>A merged region is one cell at its top-left corner; below the corner it leaves a blank cell (blank means "as
 * above"); to the right of it nothing. Numbers keep the decimal the user typed: {@link BigDecimal#valueOf(double)}
 * gives the shortest decimal that is the same double.
 */
public final class XlsxGridReader {

    /**
     * A form fills a few hundred rows of seven columns. Beyond these bounds nothing is kept, so a sheet with one
     * stray cell at XFD1048576 does not make a grid of seventeen billion cells.
     */
    static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 40;
    /** As long as the longest text field of the form (部门职能, 年度总体目标). */
    static final int MAX_CELL_TEXT = 20_000;
    static final int MAX_MERGES = 10_000;
    static final int MAX_SHEETS = 32;

    /** Marks a shared string beyond {@link #MAX_CELL_TEXT}: refused with the cell that uses it. */
    private static final String TOO_LONG = new String("too long");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private XlsxGridReader() {
    }

    /** The sheet that holds the indicator table; a workbook with notes on other sheets still imports. */
    public static Grid read(Path file) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            Grid first = null;
            int count = 0;
            for (Iterator<InputStream> sheets = reader.getSheetsData(); sheets.hasNext() && count < MAX_SHEETS; count++) {
                SheetCells cells;
                try (InputStream sheet = sheets.next()) {
                    cells = SheetCells.read(sheet);
                }
                Grid grid = cells.grid(sharedStrings(reader, cells), styles);
                if (grid.labelled(FormLabels.LEVEL2_HEADER).isPresent()) {
                    return grid;
                }
                first = first == null ? grid : first;
            }
            if (first == null) {
                throw new IOException("a workbook without sheets");
            }
            return first;
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | SAXException e) {
            throw new IOException(e);
        }
    }

    /** Only the shared strings the kept cells refer to, read as a stream up to the last of them. */
    private static Map<Integer, String> sharedStrings(XSSFReader reader, SheetCells cells) throws IOException,
            SAXException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        if (cells.sharedIndexes().isEmpty()) {
            return Map.of();
        }
        SharedStrings handler = new SharedStrings(cells.sharedIndexes());
        try (InputStream strings = reader.getSharedStringsData()) {
            parse(strings, handler);
        } catch (Enough enough) {
            // every string wanted was read: the rest of the table is not
        }
        return handler.found;
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** Stops a parse once everything wanted is read. */
    private static final class Enough extends SAXException {
    }

    /** A cell as the sheet's XML has it: its type ({@code t}), style ({@code s}) and raw value. */
    private record RawCell(String type, int style, String value) {
    }

    /** The kept cells of one sheet, its merged regions and its extent. */
    private static final class SheetCells extends DefaultHandler {

        private final Map<Long, RawCell> cells = new HashMap<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private final TreeMap<Integer, Boolean> sharedIndexes = new TreeMap<>();
        private int row = -1;
        private int lastRow = -1;
        private int lastColumn = 0;
        private int column;
        private String type;
        private int style;
        private StringBuilder value;
        private boolean inValue;

        static SheetCells read(InputStream sheet) throws IOException, SAXException {
            SheetCells cells = new SheetCells();
            parse(sheet, cells);
            return cells;
        }

        java.util.Set<Integer> sharedIndexes() {
            return sharedIndexes.keySet();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    row = attributes.getValue("r") != null ? Integer.parseInt(attributes.getValue("r")) - 1 : row + 1;
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref != null ? new CellReference(ref).getCol() : column + 1;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value = null;
                }
                case "v", "t" -> {
                    if (kept()) {
                        inValue = true;
                        value = value == null ? new StringBuilder() : value;
                    }
                }
                case "mergeCell" -> merge(attributes.getValue("ref"));
                default -> {
                    // rows' and cells' formatting, formulas (their cached values are read), phonetic runs
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue) {
                if (value.length() + length > MAX_CELL_TEXT) {
                    throw new SAXException(new CellTooLong(new CellReference(row, column).formatAsString(false)));
                }
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> endCell();
                case "row" -> lastRow = row < MAX_ROWS ? Math.max(lastRow, row) : lastRow;
                default -> {
                }
            }
        }

        private boolean kept() {
            return row >= 0 && row < MAX_ROWS && column < MAX_COLUMNS;
        }

        private void endCell() {
            if (row >= MAX_ROWS) {
                return;
            }
            lastColumn = Math.min(MAX_COLUMNS, Math.max(lastColumn, column + 1));
            if (value != null && kept()) {
                RawCell cell = new RawCell(type, style, value.toString());
                cells.put(key(row, column), cell);
                if ("s".equals(type)) {
                    try {
                        sharedIndexes.put(Integer.parseInt(cell.value().trim()), Boolean.TRUE);
                    } catch (NumberFormatException e) {
                        // not a reference: read as no text
                    }
                }
            }
            value = null;
        }

        private void merge(String ref) {
            if (ref == null) {
                return;
            }
            CellRangeAddress region = CellRangeAddress.valueOf(ref);
            if (region.getFirstRow() < MAX_ROWS && region.getFirstColumn() < MAX_COLUMNS && merges.size() < MAX_MERGES) {
                merges.add(region);
            }
        }

        Grid grid(Map<Integer, String> shared, StylesTable styles) {
            Map<Long, CellRangeAddress> merged = mergedCells();
            List<List<GridCell>> rows = new ArrayList<>();
            for (int r = 0; r <= lastRow; r++) {
                List<GridCell> gridRow = new ArrayList<>();
                for (int c = 0; c < lastColumn; c++) {
                    CellRangeAddress region = merged.get(key(r, c));
                    boolean corner = region == null || (region.getFirstRow() == r && region.getFirstColumn() == c);
                    if (!corner && region.getFirstColumn() != c) {
                        continue;
                    }
                    int span = region == null ? 1 : Math.min(region.getLastColumn(), MAX_COLUMNS - 1) - region.getFirstColumn() + 1;
                    String text = corner ? text(cells.get(key(r, c)), shared, styles) : "";
                    if (text == TOO_LONG) {
                        throw new CellTooLong(new CellReference(r, c).formatAsString(false));
                    }
                    gridRow.add(new GridCell(rows.size(), c, span, text, new CellReference(r, c).formatAsString(false)));
                }
                rows.add(gridRow);
            }
            return new Grid(rows);
        }

        /** Every kept cell a region covers, clipped to the kept rows and columns. */
        private Map<Long, CellRangeAddress> mergedCells() {
            Map<Long, CellRangeAddress> merged = new HashMap<>();
            for (CellRangeAddress region : merges) {
                for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), MAX_ROWS - 1); r++) {
                    for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS - 1); c++) {
                        merged.put(key(r, c), region);
                    }
                }
            }
            return merged;
        }
    }

    /** The text of the {@code <si>} items wanted, phonetic runs ({@code <rPh>}) left out as Excel shows them. */
    private static final class SharedStrings extends DefaultHandler {

        private final java.util.Set<Integer> wanted;
        private final int last;
        private final Map<Integer, String> found = new HashMap<>();
        private int index = -1;
        private boolean inText;
        private boolean inPhonetic;
        private StringBuilder text;
        private boolean tooLong;

        SharedStrings(java.util.Set<Integer> wanted) {
            this.wanted = wanted;
            this.last = wanted.stream().mapToInt(Integer::intValue).max().orElse(-1);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> {
                    index++;
                    text = wanted.contains(index) ? new StringBuilder() : null;
                    tooLong = false;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = text != null && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inText && !tooLong) {
                if (text.length() + length > MAX_CELL_TEXT) {
                    tooLong = true;
                } else {
                    text.append(ch, start, length);
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> {
                    if (text != null) {
                        found.put(index, tooLong ? TOO_LONG : text.toString());
                    }
                    if (index >= last) {
                        throw new Enough();
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A cell longer than any field of the form. */
    public static final class CellTooLong extends RuntimeException {

        private final String ref;

        CellTooLong(String ref) {
            super("cell " + ref + " is longer than " + MAX_CELL_TEXT + " characters");
            this.ref = ref;
        }

        public String ref() {
            return ref;
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    private static String text(RawCell cell, Map<Integer, String> shared, StylesTable styles) {
        if (cell == null) {
            return "";
        }
        String raw = cell.value();
        String type = cell.type() == null ? "n" : cell.type();
        return switch (type) {
            case "s" -> {
                try {
                    yield shared.getOrDefault(Integer.parseInt(raw.trim()), "");
                } catch (NumberFormatException e) {
                    yield "";
                }
            }
            case "inlineStr", "str" -> raw;
            case "b" -> "1".equals(raw.trim()) ? "是" : "否";
            case "n" -> number(raw, cell.style(), styles);
            default -> "";
        };
    }

    private static String number(String raw, int style, StylesTable styles) {
        double value;
        try {
            value = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            return "";
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (isDate(style, styles) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().format(DATE);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean isDate(int style, StylesTable styles) {
        if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(style);
        return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }
}
