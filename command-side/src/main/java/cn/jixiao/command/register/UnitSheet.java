package cn.jixiao.command.register;

import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.register.ImportUnitsCommand;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.RegisterRejectedException;
import cn.jixiao.kernel.register.RegisterUnitCommand;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UnitKind;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit register as an Excel sheet: a header row naming the columns (单位代码, 单位名称, 类型, 主管部门代码,
 * 业务股室, in any order), then one unit per row. Every problem is reported by cell ({@code C7}), those of
 * reading the sheet and those the register's rules find, and any problem imports nothing.
 */
public final class UnitSheet {

    static final int MAX_ROWS = 5000;
    private static final String FORMAT = "REGISTER_SHEET_INVALID";
    private static final Pattern ROW_FIELD = Pattern.compile("^rows\\[(\\d+)]\\.?(\\w*)$");

    /** Field of {@link RegisterUnitCommand}, the labels its column may carry. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("unit", List.of("单位代码", "代码", "code"));
        COLUMNS.put("name", List.of("单位名称", "名称", "name"));
        COLUMNS.put("kind", List.of("类型", "单位类型", "kind"));
        COLUMNS.put("department", List.of("主管部门代码", "主管部门", "department"));
        COLUMNS.put("section", List.of("业务股室", "股室", "section"));
    }

    private final Map<String, Integer> columns;
    private final List<Integer> sheetRows;
    private final ImportUnitsCommand command;

    private UnitSheet(Map<String, Integer> columns, List<Integer> sheetRows, ImportUnitsCommand command) {
        this.columns = columns;
        this.sheetRows = sheetRows;
        this.command = command;
    }

    public static UnitSheet read(InputStream in) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            return read(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof DeclarationRejectedException rejected) {
                throw rejected;
            }
            throw RegisterRejectedException.invalid(FORMAT, "file", "无法读取 Excel 单位表（须为 .xlsx 或 .xls）");
        }
    }

    public ImportUnitsCommand command() {
        return command;
    }

    /** The register's findings on {@code rows[i].field} moved to the cells they concern. */
    public DeclarationRejectedException located(DeclarationRejectedException e) {
        List<Finding> findings = e.findings().stream().map(this::located).toList();
        return new RegisterRejectedException(e.reason(), e.code(), e.getMessage(), findings);
    }

    private Finding located(Finding finding) {
        Matcher matcher = finding.field() == null ? null : ROW_FIELD.matcher(finding.field());
        if (matcher == null || !matcher.matches()) {
            return finding;
        }
        int row = sheetRows.get(Integer.parseInt(matcher.group(1)));
        Integer column = columns.getOrDefault(matcher.group(2), columns.get("unit"));
        return new Finding(finding.code(), cell(row, column), "第 " + (row + 1) + " 行：" + finding.message());
    }

    private static UnitSheet read(Sheet sheet) {
        DataFormatter text = new DataFormatter();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> columns = header == null ? Map.of() : columns(header, text);
        List<Finding> problems = new ArrayList<>();
        for (String field : List.of("unit", "name", "section")) {
            if (!columns.containsKey(field)) {
                problems.add(new Finding(FORMAT, "A1", "表头缺少“" + COLUMNS.get(field).get(0) + "”列"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegisterRejectedException(DeclarationRejectedException.Reason.INVALID, FORMAT,
                    "单位表的第一行须为表头", problems);
        }
        List<Integer> sheetRows = new ArrayList<>();
        List<RegisterUnitCommand> rows = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), header.getRowNum() + MAX_ROWS);
        for (int r = header.getRowNum() + 1; r <= last; r++) {
            Row row = sheet.getRow(r);
            Map<String, String> values = values(row, columns, text);
            if (values.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            UnitKind kind = kind(values.get("kind"));
            if (kind == null) {
                problems.add(new Finding(FORMAT, cell(r, columns.get("kind")), "第 " + (r + 1) + " 行：类型只能是“部门”或“单位”"));
            }
            sheetRows.add(r);
            rows.add(new RegisterUnitCommand(RegisterId.OF_TENANT, UnitCode.ofNullable(values.get("unit")),
                    values.get("name"), kind, UnitCode.ofNullable(values.get("department")),
                    SectionId.ofNullable(values.get("section"))));
        }
        if (!problems.isEmpty()) {
            throw new RegisterRejectedException(DeclarationRejectedException.Reason.INVALID, FORMAT,
                    "单位表有 " + problems.size() + " 处问题，未导入任何单位", problems);
        }
        return new UnitSheet(columns, sheetRows, new ImportUnitsCommand(RegisterId.OF_TENANT, rows));
    }

    private static Map<String, Integer> columns(Row header, DataFormatter text) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = Math.max(0, header.getFirstCellNum()); c < header.getLastCellNum(); c++) {
            int column = c;
            String label = text.formatCellValue(header.getCell(c)).replaceAll("\\s+", "");
            COLUMNS.forEach((field, labels) -> {
                if (labels.contains(label)) {
                    columns.putIfAbsent(field, column);
                }
            });
        }
        return columns;
    }

    private static Map<String, String> values(Row row, Map<String, Integer> columns, DataFormatter text) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((field, column) -> values.put(field,
                row == null ? "" : text.formatCellValue(row.getCell(column)).strip()));
        COLUMNS.keySet().forEach(field -> values.putIfAbsent(field, ""));
        return values;
    }

    /** Blank is a unit; null when the cell says something else. */
    private static UnitKind kind(String value) {
        return switch (value) {
            case "", "单位", "UNIT" -> UnitKind.UNIT;
            case "部门", "主管部门", "DEPARTMENT" -> UnitKind.DEPARTMENT;
            default -> null;
        };
    }

    private static String cell(int row, Integer column) {
        return new CellReference(row, column == null ? 0 : column).formatAsString(false);
    }
}
