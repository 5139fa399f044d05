package cn.jixiao.command.importing;

import cn.jixiao.command.importing.ImportedForm.ImportedGoal;
import cn.jixiao.command.importing.ImportedForm.ImportedIndicator;
import cn.jixiao.command.importing.ImportedForm.ReviewBlock;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.PlanRow;
import cn.jixiao.kernel.declaration.ProjectAttribute;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectRationale;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.rules.RuleCodes;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static cn.jixiao.command.importing.FormLabels.*;

/**
 * Reads the official form from a {@link Grid}: every field is found by its label (a value stands beside or
 * under it), never by coordinates, so merged or blank cells and the three file formats read alike. Collects
 * every problem with its cell before refusing, so the user can fix the file in one go.
 */
final class FormReader {

    static final String STAFF_NOT_A_NUMBER = "STAFF_NOT_A_NUMBER";
    static final String LEVEL1_UNKNOWN = "LEVEL1_UNKNOWN";
    static final String LEVEL2_UNKNOWN = "LEVEL2_UNKNOWN";
    static final String LEVEL_MISSING = "LEVEL_MISSING";
    static final String TARGET_INVALID = "TARGET_INVALID";
    static final String INDICATOR_OUTSIDE_GOAL = "INDICATOR_OUTSIDE_GOAL";
    static final String GOAL_NOT_DESCRIBED = "GOAL_NOT_DESCRIBED";
    static final String ATTRIBUTE_UNKNOWN = "ATTRIBUTE_UNKNOWN";
    /** 2021-01, 2021.1, 2021年1月. */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-./年](\\d{1,2})月?");

    /** A head count in ASCII digits (29, or 29.0 as a spreadsheet writes it), never a fraction or a million digits. */
    private static final Pattern HEADCOUNT = Pattern.compile("-?[0-9]{1,9}(?:\\.0+)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度");
    private static final Pattern GOAL_MARKER = Pattern.compile("目标(\\d+)");
    private static final Pattern GOAL_IN_TEXT = Pattern.compile("目标\\s*(\\d+)\\s*[：:]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[；;]$");
    private static final Pattern FILING_UNIT_TEXT = Pattern.compile("填报单位[^：:]*[：:](.*?)(?=单位负责人|$)");
    private static final Pattern LEADER_TEXT = Pattern.compile("单位负责人[：:](.*)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern REVIEWER = Pattern.compile("审核人[：:]\\s*(.*)");
    private static final Pattern SEAL = Pattern.compile("[（(]盖章[)）]");
    private static final Pattern BLANK_DATE = Pattern.compile("年月日");

    private final Grid grid;
    private final List<ImportProblem> problems = new ArrayList<>();

    private FormReader(Grid grid) {
        this.grid = grid;
    }

    static ImportedForm read(Grid grid) {
        FormReader reader = new FormReader(grid);
        return reader.isProjectForm() ? reader.readProject() : reader.read();
    }

    /** A project form (项目支出绩效目标申报表) names its project by name and code. */
    private boolean isProjectForm() {
        return grid.labelled(PROJECT_NAME).isPresent() && grid.labelled(PROJECT_CODE).isPresent();
    }

    /**
     * The project form in the layout of the department-wide one (values beside their labels, amounts under
     * them, the indicator trees under the 二级指标 header): goal 1 is the 总目标, goal 2 the 年度目标.
     */
    private ImportedForm readProject() {
        int year = year();
        String unit = besideText(IMPLEMENTING_UNIT);
        if (unit.isEmpty()) {
            problems.add(ImportProblem.at(grid.labelled(IMPLEMENTING_UNIT).orElse(null), RuleCodes.UNIT_MISSING,
                    "「实施单位」没有填写单位名称"));
        }
        Contact responsible = new Contact(besideText(RESPONSIBLE), besideCell(PHONE).map(GridCell::compact).orElse(""));
        String[] period = period();
        ProjectInfo info = new ProjectInfo(besideText(PROJECT_NAME), besideCell(PROJECT_CODE).map(GridCell::compact)
                .orElse(""), attribute(), besideText(COMPETENT_DEPARTMENT), unit, responsible, period[0], period[1]);
        ProjectFunds funds = new ProjectFunds(amountBelow(FUNDS_TOTAL), amountBelow(FISCAL), amountBelow(OTHER_FUNDS),
                amountBelow(CARRIED_OVER), optionalAmountBelow(LAST_YEAR_BUDGET), optionalAmountBelow(LAST_YEAR_SPENT));
        ProjectRationale rationale = new ProjectRationale(block(BASIS), block(NECESSITY), block(FEASIBILITY), plan());
        Map<Integer, String> targets = new LinkedHashMap<>();
        targets.put(1, block(MEDIUM_TERM));
        targets.put(2, block(ANNUAL));
        Map<Integer, List<ImportedIndicator>> indicators = IndicatorTable.ofProject(grid, problems, targets,
                FormReader::projectTargetNumber).read();
        List<ImportedGoal> goals = new ArrayList<>();
        targets.forEach((number, text) -> goals.add(new ImportedGoal(number, text, indicators.getOrDefault(number, List.of()))));
        refuseIfProblems();
        return new ImportedForm(year, unit, unit, "", responsible, new Staffing(null, null), "", Income.EMPTY,
                Expenditure.EMPTY, ThreePublic.EMPTY, "", goals, "", List.of(),
                new ImportedForm.ImportedProject(info, funds, rationale));
    }

    /** 总目标 starts tree 1, 年度目标 tree 2 of the indicator table. */
    static int projectTargetNumber(String compact) {
        if (compact.equals(MEDIUM_TERM)) {
            return 1;
        }
        return compact.equals(ANNUAL) ? 2 : -1;
    }

    private String block(String label) {
        return grid.labelled(label).flatMap(grid::rightOf).map(cell -> Texts.block(cell.text())).orElse("");
    }

    private ProjectAttribute attribute() {
        Optional<GridCell> cell = besideCell(PROJECT_ATTRIBUTE);
        String text = cell.map(GridCell::compact).orElse("");
        Optional<ProjectAttribute> attribute = Arrays.stream(ProjectAttribute.values())
                .filter(a -> a.label().equals(text)).findFirst();
        if (attribute.isEmpty() && !text.isEmpty()) {
            problems.add(ImportProblem.at(cell.get(), ATTRIBUTE_UNKNOWN, "「项目属性」应为新增或延续：" + text));
        }
        return attribute.orElse(null);
    }

    /** 项目期限: {@code 2021-01 至 2021-12} (or 2021年1月至2021年12月). */
    private String[] period() {
        Optional<GridCell> cell = besideCell(PROJECT_PERIOD);
        Matcher months = MONTH.matcher(cell.map(GridCell::compact).orElse(""));
        List<String> found = new ArrayList<>();
        while (months.find()) {
            found.add(months.group(1) + "-" + (months.group(2).length() == 1 ? "0" : "") + months.group(2));
        }
        if (found.size() != 2 && cell.filter(c -> !c.isBlank()).isPresent()) {
            problems.add(ImportProblem.at(cell.get(), RuleCodes.MONTH_INVALID,
                    "「项目期限」应写明开始和结束年月，如 2021-01 至 2021-12：" + cell.get().oneLine()));
        }
        return found.size() == 2 ? new String[] {found.get(0), found.get(1)} : new String[] {"", ""};
    }

    /** The rows under 实施内容 | 开始时间 | 结束时间, up to the first blank row. */
    private List<PlanRow> plan() {
        Optional<GridCell> header = grid.labelled(PLAN_CONTENT);
        Optional<GridCell> start = grid.labelled(PLAN_START);
        Optional<GridCell> end = grid.labelled(PLAN_END);
        List<PlanRow> rows = new ArrayList<>();
        if (header.isEmpty() || start.isEmpty() || end.isEmpty()) {
            return rows;
        }
        for (int r = header.get().row() + 1; r < grid.size(); r++) {
            String content = grid.at(r, header.get().col()).map(GridCell::oneLine).orElse("");
            if (content.isEmpty() || grid.row(r).get(0).compact().equals(MEDIUM_TERM)) {
                break;
            }
            rows.add(new PlanRow(content, month(r, start.get()), month(r, end.get())));
        }
        return rows;
    }

    private String month(int row, GridCell column) {
        String text = grid.at(row, column.col()).map(GridCell::compact).orElse("");
        Matcher month = MONTH.matcher(text);
        return month.find() ? month.group(1) + "-" + (month.group(2).length() == 1 ? "0" : "") + month.group(2) : text;
    }

    private Amount optionalAmountBelow(String label) {
        Optional<GridCell> cell = grid.labelled(label).flatMap(grid::below);
        return cell.filter(c -> !c.isBlank()).isPresent() ? amount(label, cell) : null;
    }

    private void refuseIfProblems() {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(HttpStatus.BAD_REQUEST, ImportRejectedException.FORM_INVALID,
                    "申报表有 " + problems.size() + " 处问题，未导入：" + problems.get(0).message()
                            + (problems.size() > 1 ? " 等" : ""), problems);
        }
    }

    private ImportedForm read() {
        if (!looksLikeForm()) {
            String message = "上传的文件不是绩效目标申报表：找不到「预算单位」「收入合计」「二级指标」等栏目";
            throw new ImportRejectedException(HttpStatus.BAD_REQUEST, ImportRejectedException.NOT_A_FORM, message,
                    List.of(new ImportProblem(null, ImportRejectedException.NOT_A_FORM, message)));
        }
        int year = year();
        String unitName = unitName();
        Header header = header();
        Contact contact = new Contact(besideText(CONTACT), besideCell(PHONE).map(GridCell::compact).orElse(""));
        Staffing staffing = new Staffing(staff(AUTHORIZED_STAFF), staff(ACTUAL_STAFF));
        String functions = grid.find(label -> label.startsWith(FUNCTIONS)).flatMap(grid::rightOf)
                .map(cell -> Texts.block(cell.text())).orElse("");
        Income income = new Income(amountBelow(INCOME_TOTAL), amountBelow(GENERAL_PUBLIC_BUDGET),
                amountBelow(GOVERNMENT_FUND), amountBelow(NON_TAX_REVENUE), amountBelow(OTHER_FUNDS));
        Expenditure expenditure = new Expenditure(amountBelow(EXPENDITURE_TOTAL), amountBelow(BASIC),
                amountBelow(PROJECT));
        ThreePublic threePublic = new ThreePublic(threePublicTotal(), amountBelow(VEHICLES),
                amountBelow(TRAVEL_ABROAD), amountBelow(RECEPTION));
        GoalStatement statement = goalStatement();
        List<ImportedGoal> goals = goals(statement);
        String notes = grid.find(label -> label.startsWith(Texts.compact(NOTES))).flatMap(grid::rightOf)
                .map(cell -> Texts.block(cell.text())).orElse("");
        List<ReviewBlock> reviews = Stream.of(review(ReviewStage.BUSINESS, BUSINESS_REVIEW),
                review(ReviewStage.PERFORMANCE, PERFORMANCE_REVIEW)).flatMap(Optional::stream).toList();
        refuseIfProblems();
        return new ImportedForm(year, unitName, header.filingUnit, header.leader, contact, staffing, functions,
                income, expenditure, threePublic, statement.overall, goals, notes, reviews);
    }

    /** A form has at least two of its landmark labels; a random spreadsheet has none. */
    private boolean looksLikeForm() {
        return Stream.of(BUDGET_UNIT, INCOME_TOTAL, LEVEL2_HEADER)
                .filter(label -> grid.labelled(label).isPresent()).count() >= 2;
    }

    private int year() {
        Optional<Matcher> found = grid.find(label -> YEAR.matcher(label).find())
                .map(cell -> YEAR.matcher(cell.compact())).filter(Matcher::find);
        if (found.isEmpty()) {
            problems.add(new ImportProblem(null, RuleCodes.YEAR_MISSING, "找不到申报年度，表头应写明如「（ 2020 年度）」"));
            return 0;
        }
        return Integer.parseInt(found.get().group(1));
    }

    private String unitName() {
        Optional<GridCell> label = grid.labelled(BUDGET_UNIT);
        String name = label.flatMap(grid::rightOf).map(GridCell::oneLine).orElse("");
        if (name.isEmpty()) {
            problems.add(ImportProblem.at(label.flatMap(grid::rightOf).or(() -> label).orElse(null),
                    RuleCodes.UNIT_MISSING, "「预算单位」没有填写单位名称"));
        }
        return name;
    }

    private record Header(String filingUnit, String leader) {
    }

    /** 填报单位（盖章）：… 单位负责人：… on one line above the table, or each in a cell of its own. */
    private Header header() {
        return new Header(headerValue(FILING_UNIT, FILING_UNIT_TEXT), headerValue(LEADER, LEADER_TEXT));
    }

    private String headerValue(String label, Pattern pattern) {
        Optional<GridCell> cell = grid.find(text -> text.contains(label));
        String inline = cell.map(c -> pattern.matcher(c.oneLine())).filter(Matcher::find)
                .map(m -> Texts.strip(m.group(1))).orElse("");
        return inline.isEmpty() ? cell.flatMap(grid::rightOf).map(GridCell::oneLine).orElse("") : inline;
    }

    private Optional<GridCell> besideCell(String label) {
        return grid.labelled(label).flatMap(grid::rightOf);
    }

    private String besideText(String label) {
        return besideCell(label).map(GridCell::oneLine).orElse("");
    }

    private Integer staff(String label) {
        Optional<GridCell> cell = besideCell(label);
        String text = cell.map(GridCell::compact).orElse("").replaceFirst("人$", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!HEADCOUNT.matcher(text).matches()) {
            problems.add(ImportProblem.at(cell.get(), STAFF_NOT_A_NUMBER, "「" + label + "」应为整数：" + text));
            return null;
        }
        int count = new BigDecimal(text).intValueExact();
        if (count < 0) {
            problems.add(ImportProblem.at(cell.get(), RuleCodes.NEGATIVE_STAFF, "「" + label + "」不能为负数：" + text));
        }
        return count;
    }

    private Amount amountBelow(String label) {
        return amount(label, grid.labelled(label).flatMap(grid::below));
    }

    /** 合计 alone is ambiguous: it is the three-public total only after the 三公经费 label. */
    private Amount threePublicTotal() {
        Optional<GridCell> section = grid.find(label -> label.contains(THREE_PUBLIC));
        Optional<GridCell> total = section.flatMap(s -> grid.find(s.row(), THREE_PUBLIC_TOTAL::equals));
        return amount("三公经费" + THREE_PUBLIC_TOTAL, total.flatMap(grid::below));
    }

    /** A blank cell is zero, as on paper; anything else must be a decimal in 万元 with at most four decimals. */
    private Amount amount(String label, Optional<GridCell> cell) {
        String text = cell.map(GridCell::compact).orElse("").replace(",", "").replaceFirst("万元$", "");
        if (text.isEmpty()) {
            return Amount.ZERO;
        }
        try {
            return Amount.of(text);
        } catch (Amount.InvalidAmountException e) {
            return refused(cell.get(), e.code(), "「" + label + "」" + e.getMessage());
        }
    }

    private Amount refused(GridCell cell, String code, String message) {
        problems.add(ImportProblem.at(cell, code, message));
        return Amount.ZERO;
    }

    private record GoalStatement(String overall, Map<Integer, String> goals) {
    }

    /**
     * The 年度绩效目标 cell: an overall sentence, then 目标1：… 目标2：…, on lines of their own or run together.
     * The ； after an item separates it from the next, so it is not part of the goal; after the last item it
     * ends the list, as 。 does (the Word and Excel fixtures write ； where the text dump writes 。). The export
     * writes ； between items and nothing after the last, so its files read back the same.
     */
    private GoalStatement goalStatement() {
        Optional<GridCell> cell = grid.find(label -> label.startsWith(GOALS)).flatMap(grid::rightOf);
        String text = cell.map(GridCell::text).orElse("");
        Matcher marker = GOAL_IN_TEXT.matcher(text);
        List<int[]> marks = new ArrayList<>();
        while (marker.find()) {
            marks.add(new int[] {Integer.parseInt(marker.group(1)), marker.start(), marker.end()});
        }
        String overall = Texts.block(marks.isEmpty() ? text : text.substring(0, marks.get(0)[1]));
        Map<Integer, String> goals = new LinkedHashMap<>();
        for (int i = 0; i < marks.size(); i++) {
            boolean last = i == marks.size() - 1;
            String description = Texts.block(text.substring(marks.get(i)[2], last ? text.length() : marks.get(i + 1)[1]));
            goals.put(marks.get(i)[0], LIST_SEPARATOR.matcher(description).replaceFirst(last ? "。" : ""));
        }
        return new GoalStatement(overall, goals);
    }

    private List<ImportedGoal> goals(GoalStatement statement) {
        Map<Integer, List<ImportedIndicator>> indicators = new IndicatorTable(grid, problems, statement.goals()).read();
        List<ImportedGoal> goals = new ArrayList<>();
        statement.goals().forEach((number, description) ->
                goals.add(new ImportedGoal(number, description, indicators.getOrDefault(number, List.of()))));
        return goals;
    }

    /** A review block counts once it says something more than the blank （盖章） and 年 月 日 of the template. */
    private Optional<ReviewBlock> review(ReviewStage stage, String label) {
        Optional<GridCell> cell = grid.find(text -> text.contains(label) && text.contains(REVIEW)).flatMap(grid::rightOf);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        List<String> opinion = new ArrayList<>();
        LocalDate date = null;
        String reviewer = "";
        for (String line : Texts.block(cell.get().text()).split("\n")) {
            Matcher dated = DATE.matcher(line);
            Matcher signed = REVIEWER.matcher(line);
            if (dated.find()) {
                date = date(cell.get(), dated);
            } else if (signed.matches()) {
                reviewer = Texts.strip(signed.group(1));
            } else if (!SEAL.matcher(line).find() && !BLANK_DATE.matcher(Texts.compact(line)).matches()) {
                opinion.add(line);
            }
        }
        String text = Texts.block(String.join("\n", opinion));
        if (text.isEmpty() && date == null && reviewer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewBlock(stage, text, reviewer, date));
    }

    private LocalDate date(GridCell cell, Matcher dated) {
        try {
            return LocalDate.of(Integer.parseInt(dated.group(1)), Integer.parseInt(dated.group(2)),
                    Integer.parseInt(dated.group(3)));
        } catch (DateTimeException e) {
            problems.add(ImportProblem.at(cell, "REVIEW_DATE_INVALID", "审核日期不是有效日期：" + dated.group()));
            return null;
        }
    }

    static int goalNumber(String compact) {
        Matcher matcher = GOAL_MARKER.matcher(compact);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }
}
