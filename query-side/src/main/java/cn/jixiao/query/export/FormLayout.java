package cn.jixiao.query.export;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.Review;
import cn.jixiao.kernel.declaration.ReviewStage;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static cn.jixiao.query.export.FormLayout.Cell.label;
import static cn.jixiao.query.export.FormLayout.Cell.mergedDown;
import static cn.jixiao.query.export.FormLayout.Cell.value;

/**
 * The official layout of the 2020 department-wide form (部门整体支出绩效目标申报表), independent of the file
 * format: three heading lines, then a table of seven grid columns whose cells span columns and rows as on the
 * paper form. The Excel and Word writers only render it, so both files carry the same sections, labels and
 * merged cells, and the import reads both back by the same labels.
 */
final class FormLayout {

    static final int COLUMNS = 7;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String INDICATOR_SECTION = "年度绩效指标部门整体支出";

    /** A cell: where it starts, how far it spans, and its value (text, or a number for amounts and counts). */
    record Cell(int col, int colSpan, int rowSpan, Object value, boolean label) {
        String text() {
            return value instanceof BigDecimal number ? number.toPlainString() : Objects.toString(value, "");
        }

        static Cell label(int col, int colSpan, int rowSpan, String text) {
            return new Cell(col, colSpan, rowSpan, text, true);
        }

        static Cell value(int col, int colSpan, Object value) {
            return new Cell(col, colSpan, 1, value, false);
        }

        static Cell mergedDown(int col, int rowSpan, String text) {
            return new Cell(col, 1, rowSpan, text, false);
        }
    }

    /** {@code columns}: the grid columns of the table (7 for the department-wide form, more for a project's). */
    record Layout(String title, String year, String header, List<List<Cell>> rows, int columns) {

        /** The heading lines every form has under its title: the year, the filing unit and its leader. */
        static Layout of(String title, DeclarationForm form, List<List<Cell>> rows, int columns) {
            String header = "填报单位（盖章）：" + form.filingUnit() + "　　　　单位负责人：" + form.leader();
            return new Layout(title, "（ " + form.year() + " 年度）", header, rows, columns);
        }

        /** A column's width as a share of the 7 the department-wide form has; a project's extra ones as its last. */
        int width(int[] widths, int column) {
            return widths[Math.min(column, widths.length - 1)];
        }
    }

    private final List<List<Cell>> rows = new ArrayList<>();

    private FormLayout() {
    }

    static Layout of(ExportedDeclaration declaration) {
        DeclarationForm form = declaration.form();
        if (form.hasProjectPart()) {
            return ProjectFormLayout.of(declaration);
        }
        FormLayout layout = new FormLayout();
        layout.basicInfo(form);
        layout.budget(form);
        layout.row(label(0, 1, 1, "年度绩效目标部门整体支出"), value(1, 6, goalsText(form)));
        layout.row(label(0, 3, 1, "一级指标"), label(3, 1, 1, "二级指标"), label(4, 2, 1, "三级指标内容"),
                label(6, 1, 1, "三级指标目标值"));
        for (int g = 0; g < form.goals().size(); g++) {
            layout.indicators(g + 1, form.goals().get(g));
        }
        layout.row(label(0, 1, 1, "其他需要说明的问题"), value(1, 6, form.notes()));
        layout.row(label(0, 1, 1, "财政部门业务股室审核意见"), value(1, 6, reviewText(declaration, ReviewStage.BUSINESS)));
        layout.row(label(0, 1, 1, "财政部门监督绩效股审核意见"), value(1, 6, reviewText(declaration, ReviewStage.PERFORMANCE)));
        String title = (form.filingUnit().isEmpty() ? form.unit().name() : form.filingUnit()) + "部门整体支出绩效目标申报表";
        return Layout.of(title, form, layout.rows, COLUMNS);
    }

    private void basicInfo(DeclarationForm form) {
        row(label(0, 1, 3, "部门基本信息"), label(1, 1, 1, "预算单位"), value(2, 5, form.unit().name()));
        row(label(1, 1, 1, "绩效管理联系人"), value(2, 2, form.contact().name()), label(4, 1, 1, "联系电话"),
                value(5, 2, form.contact().phone()));
        row(label(1, 1, 1, "人员编制数"), value(2, 2, count(form.staffing().authorized())), label(4, 1, 1, "实有人数"),
                value(5, 2, count(form.staffing().actual())));
        row(label(0, 1, 1, "部门职能职责概述"), value(1, 6, form.functions()));
    }

    private void budget(DeclarationForm form) {
        row(label(0, 1, 2, "单位年度收入预算（万元）"), label(1, 1, 1, "收入合计"), label(2, 1, 1, "一般公共预算"),
                label(3, 1, 1, "政府性基金拨款"), label(4, 1, 1, "非税收入拨款"), label(5, 2, 1, "其他资金"));
        row(value(1, 1, form.income().total().value()), value(2, 1, form.income().generalPublicBudget().value()),
                value(3, 1, form.income().governmentFund().value()), value(4, 1, form.income().nonTaxRevenue().value()),
                value(5, 2, form.income().other().value()));
        row(label(0, 1, 2, "单位年度支出预算（万元）"), label(1, 2, 1, "支出合计"), label(3, 2, 1, "基本支出"),
                label(5, 2, 1, "项目支出"));
        row(value(1, 2, form.expenditure().total().value()), value(3, 2, form.expenditure().basic().value()),
                value(5, 2, form.expenditure().project().value()));
        row(label(0, 1, 2, "其中三公经费预算（万元）"), label(1, 1, 1, "合计"), label(2, 2, 1, "公务用车运行和购置费"),
                label(4, 2, 1, "因公出国（境）费"), label(6, 1, 1, "公务接待费"));
        row(value(1, 1, form.threePublic().total().value()), value(2, 2, form.threePublic().vehicles().value()),
                value(4, 2, form.threePublic().travelAbroad().value()), value(6, 1, form.threePublic().reception().value()));
    }

    /** One row per indicator; the goal, and each run of the same level 1 and level 2, merged down the rows. */
    private void indicators(int number, Goal goal) {
        List<Indicator> indicators = goal.indicators();
        if (indicators.isEmpty()) {
            row(label(0, 1, 1, INDICATOR_SECTION), label(1, 1, 1, "目标" + number), value(2, 1, ""), value(3, 1, ""),
                    value(4, 2, ""), value(6, 1, ""));
            return;
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            List<Cell> cells = new ArrayList<>();
            if (i == 0) {
                cells.add(label(0, 1, indicators.size(), INDICATOR_SECTION));
                cells.add(label(1, 1, indicators.size(), "目标" + number));
            }
            levels(indicators, i, 2, cells);
            cells.add(value(4, 2, indicator.name()));
            cells.add(value(6, 1, indicator.target() == null ? "" : indicator.target().text()));
            rows.add(cells);
        }
    }

    /**
     * Indicator {@code i}'s level 1 and level 2 cells, in columns {@code col} and the next: each run of the same
     * level is one cell merged down its rows, so a row has a cell only where a run starts.
     */
    static void levels(List<Indicator> indicators, int i, int col, List<Cell> cells) {
        Indicator indicator = indicators.get(i);
        if (i == 0 || indicators.get(i - 1).level1() != indicator.level1()) {
            cells.add(mergedDown(col, run(indicators, i, Indicator::level1), indicator.level1().label()));
        }
        if (i == 0 || indicators.get(i - 1).level2() != indicator.level2()) {
            cells.add(mergedDown(col + 1, run(indicators, i, Indicator::level2), indicator.level2().label()));
        }
    }

    /** How many indicators from {@code start} on share the same key. */
    private static int run(List<Indicator> indicators, int start, Function<Indicator, Object> key) {
        int end = start + 1;
        while (end < indicators.size() && key.apply(indicators.get(end)).equals(key.apply(indicators.get(start)))) {
            end++;
        }
        return end - start;
    }

    /** The overall sentence, then 目标N：… one per line, separated by ； as on the paper form. */
    private static String goalsText(DeclarationForm form) {
        List<String> lines = new ArrayList<>();
        if (!form.overallGoal().isEmpty()) {
            lines.add(form.overallGoal());
        }
        for (int g = 0; g < form.goals().size(); g++) {
            boolean last = g == form.goals().size() - 1;
            lines.add("目标" + (g + 1) + "：" + form.goals().get(g).description() + (last ? "" : "；"));
        }
        return String.join("\n", lines);
    }

    /** The review block: blank (seal and date to fill in) until the section has decided in this round. */
    static String reviewText(ExportedDeclaration declaration, ReviewStage stage) {
        return declaration.review(stage).map(FormLayout::reviewText).orElse("（盖章）\n年   月   日");
    }

    private static String reviewText(Review review) {
        String decision = switch (review.decision()) {
            case PASS -> "审核通过";
            case RETURN -> "退回修改";
            case APPROVE -> "同意批复";
        };
        String opinion = review.opinion() == null || review.opinion().isBlank() ? decision : decision + "：" + review.opinion();
        String reviewer = review.reviewer() == null ? "" : "\n审核人：" + review.reviewer().name();
        return opinion + reviewer + "\n（盖章）\n" + DATE.format(review.at().atZone(CHINA));
    }

    private static Object count(Integer value) {
        return value == null ? "" : BigDecimal.valueOf(value);
    }

    private void row(Cell... cells) {
        rows.add(List.of(cells));
    }
}
