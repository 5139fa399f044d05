package cn.jixiao.query.export;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.IndicatorDetails;
import cn.jixiao.kernel.declaration.PlanRow;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectPart;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.query.export.FormLayout.Cell;
import cn.jixiao.query.export.FormLayout.Layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.jixiao.query.export.FormLayout.Cell.label;
import static cn.jixiao.query.export.FormLayout.Cell.value;

/**
 * The project form (项目支出绩效目标申报表) in the layout of the department-wide one ({@link FormLayout}): labels
 * with their values beside them, amounts under their labels, the indicator trees under a 二级指标 header with a
 * first cell naming the target (总目标, 年度目标), and the review blocks last. Nine grid columns: the indicator rows
 * carry ★, how the value was set and last year's value after the target value. The import reads it back by the
 * same labels.
 */
final class ProjectFormLayout {

    static final int COLUMNS = 9;

    private final List<List<Cell>> rows = new ArrayList<>();

    private ProjectFormLayout() {
    }

    static Layout of(ExportedDeclaration declaration) {
        DeclarationForm form = declaration.form();
        ProjectPart project = form.project();
        ProjectFormLayout layout = new ProjectFormLayout();
        layout.info(project.info());
        layout.funds(project.funds());
        layout.text("立项依据", project.rationale().basis());
        layout.text("项目实施的必要性", project.rationale().necessity());
        layout.text("项目实施的可行性", project.rationale().feasibility());
        layout.plan(project.rationale().plan());
        for (TargetTerm term : TargetTerm.values()) {
            layout.text(term.label(), goal(form, term).map(Goal::description).orElse(""));
        }
        layout.row(label(0, 1, 1, "绩效指标"), label(1, 1, 1, "一级指标"), label(2, 1, 1, "二级指标"),
                label(3, 1, 1, "三级指标"), label(4, 1, 1, "指标值"), label(5, 1, 1, "核心指标"),
                label(6, 1, 1, "指标值设定依据"), label(7, 2, 1, "上年指标值"));
        for (TargetTerm term : TargetTerm.values()) {
            goal(form, term).ifPresent(goal -> layout.indicators(term, goal, project));
        }
        layout.text("主管部门审核意见", FormLayout.reviewText(declaration, ReviewStage.COMPETENT));
        layout.text("财政部门业务股室审核意见", FormLayout.reviewText(declaration, ReviewStage.BUSINESS));
        layout.text("财政部门监督绩效股审核意见", FormLayout.reviewText(declaration, ReviewStage.PERFORMANCE));
        return Layout.of(project.info().name() + "项目支出绩效目标申报表", form, layout.rows, COLUMNS);
    }

    private static Optional<Goal> goal(DeclarationForm form, TargetTerm term) {
        return form.project().goalOf(term).flatMap(form::goal);
    }

    private void info(ProjectInfo info) {
        row(label(0, 1, 1, "项目名称"), value(1, 4, info.name()), label(5, 1, 1, "项目编码"), value(6, 3, info.code()));
        row(label(0, 1, 1, "项目属性"), value(1, 4, info.attribute() == null ? "" : info.attribute().label()),
                label(5, 1, 1, "项目期限"), value(6, 3, period(info)));
        row(label(0, 1, 1, "主管部门"), value(1, 4, info.competentDepartment()), label(5, 1, 1, "实施单位"),
                value(6, 3, info.implementingUnit()));
        row(label(0, 1, 1, "项目负责人"), value(1, 4, info.responsible().name()), label(5, 1, 1, "联系电话"),
                value(6, 3, info.responsible().phone()));
    }

    private static String period(ProjectInfo info) {
        return info.startMonth().isEmpty() && info.endMonth().isEmpty() ? ""
                : info.startMonth() + " 至 " + info.endMonth();
    }

    private void funds(ProjectFunds funds) {
        row(label(0, 1, 2, "项目资金（万元）"), label(1, 1, 1, "年度资金总额"), label(2, 1, 1, "财政拨款"),
                label(3, 1, 1, "其他资金"), label(4, 1, 1, "上年结转"), label(5, 2, 1, "上年预算"),
                label(7, 2, 1, "上年执行数"));
        row(value(1, 1, funds.total().value()), value(2, 1, funds.fiscal().value()), value(3, 1, funds.other().value()),
                value(4, 1, funds.carriedOver().value()), value(5, 2, amount(funds.lastYearBudget())),
                value(7, 2, amount(funds.lastYearSpent())));
    }

    private static Object amount(Amount amount) {
        return amount == null ? "" : amount.value();
    }

    private void plan(List<PlanRow> plan) {
        row(label(0, 1, plan.size() + 1, "实施计划"), label(1, 4, 1, "实施内容"), label(5, 2, 1, "开始时间"),
                label(7, 2, 1, "结束时间"));
        for (PlanRow row : plan) {
            row(value(1, 4, row.content()), value(5, 2, row.start()), value(7, 2, row.end()));
        }
    }

    /** One row per indicator; the target, and each run of the same level 1 and level 2, merged down the rows. */
    private void indicators(TargetTerm term, Goal goal, ProjectPart project) {
        List<Indicator> indicators = goal.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            IndicatorDetails details = project.detailsOf(indicator.id());
            List<Cell> cells = new ArrayList<>();
            if (i == 0) {
                cells.add(label(0, 1, indicators.size(), term.label()));
            }
            FormLayout.levels(indicators, i, 1, cells);
            cells.add(value(3, 1, indicator.name()));
            cells.add(value(4, 1, indicator.target() == null ? "" : indicator.target().text()));
            cells.add(value(5, 1, details.core() ? "★" : ""));
            cells.add(value(6, 1, details.basis() == null ? "" : details.basis().label()));
            cells.add(value(7, 2, details.lastYearValue()));
            rows.add(cells);
        }
    }

    private void text(String label, String text) {
        row(label(0, 1, 1, label), value(1, COLUMNS - 1, text));
    }

    private void row(Cell... cells) {
        rows.add(List.of(cells));
    }
}
