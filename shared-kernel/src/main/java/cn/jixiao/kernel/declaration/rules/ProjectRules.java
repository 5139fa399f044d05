package cn.jixiao.kernel.declaration.rules;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Month;
import cn.jixiao.kernel.declaration.PlanRow;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectPart;
import cn.jixiao.kernel.declaration.ProjectRationale;
import cn.jixiao.kernel.declaration.TargetTerm;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules of a project form (项目支出绩效目标申报表). The indicators and their targets are held to the same rules
 * as a department-wide form's ({@link DeclarationRules#checkGoals}); this adds the project's own: the project
 * section, funds that add up, a plan inside the period, both targets with every category, a core indicator,
 * and cost targets against the project's funds. {@link #checkInfoInput} and {@link #checkRationaleInput} are the
 * values refused at once (400).
 */
public final class ProjectRules {

    private static final String INFO = "project.info.";
    private static final String PLAN = "project.rationale.plan";

    private ProjectRules() {
    }

    static ValidationReport check(DeclarationForm form, PreviousTargets previous) {
        Findings findings = new Findings();
        ProjectPart project = form.project();
        DeclarationRules.yearMissing(form, findings);
        DeclarationRules.unitMissing(form, findings);
        checkInfo(project.info(), findings);
        fundsMismatch(project.funds(), findings);
        checkPlan(project.info(), project.rationale(), findings);
        for (TargetTerm term : TargetTerm.values()) {
            targetMissing(project, term, findings);
        }
        DeclarationRules.checkGoals(form, previous, findings);
        noCoreIndicator(form, findings);
        return findings.report();
    }

    /** The project section as a filer sends it: a month that is no month, a period ending before it starts. */
    public static List<Finding> checkInfoInput(ProjectInfo info) {
        Findings findings = new Findings();
        monthInvalid(info.startMonth(), INFO + "startMonth", "项目开始时间", findings);
        monthInvalid(info.endMonth(), INFO + "endMonth", "项目结束时间", findings);
        periodEndsBeforeStart(info, findings);
        return findings.errors();
    }

    /** The plan as a filer sends it: each row's months are months, and it ends no earlier than it starts. */
    public static List<Finding> checkRationaleInput(ProjectRationale rationale) {
        Findings findings = new Findings();
        List<PlanRow> plan = rationale.plan();
        for (int i = 0; i < plan.size(); i++) {
            PlanRow row = plan.get(i);
            String field = PLAN + "[" + i + "]";
            String label = "实施计划第" + (i + 1) + "行";
            monthInvalid(row.start(), field + ".start", label + "的开始时间", findings);
            monthInvalid(row.end(), field + ".end", label + "的结束时间", findings);
            planRowEndsBeforeStart(row, field, label, findings);
        }
        return findings.errors();
    }

    // ---- the project section

    private static void checkInfo(ProjectInfo info, Findings findings) {
        required(info.name(), RuleCodes.PROJECT_NAME_MISSING, INFO + "name", "未填写项目名称", findings);
        required(info.code(), RuleCodes.PROJECT_CODE_MISSING, INFO + "code", "未填写项目编码", findings);
        projectAttributeMissing(info, findings);
        required(info.responsible().name(), RuleCodes.RESPONSIBLE_MISSING, INFO + "responsible.name",
                "未填写项目负责人", findings);
        required(info.responsible().phone(), RuleCodes.PHONE_MISSING, INFO + "responsible.phone",
                "未填写项目负责人联系电话", findings);
        required(info.startMonth(), RuleCodes.PERIOD_MISSING, INFO + "startMonth", "未填写项目开始时间", findings);
        required(info.endMonth(), RuleCodes.PERIOD_MISSING, INFO + "endMonth", "未填写项目结束时间", findings);
        periodEndsBeforeStart(info, findings);
    }

    private static void required(String text, String code, String field, String message, Findings findings) {
        if (DeclarationRules.isBlank(text)) {
            findings.error(code, field, message);
        }
    }

    private static void projectAttributeMissing(ProjectInfo info, Findings findings) {
        if (info.attribute() == null) {
            findings.error(RuleCodes.PROJECT_ATTRIBUTE_MISSING, INFO + "attribute", "未填写项目属性（新增或延续）");
        }
    }

    private static void monthInvalid(String text, String field, String label, Findings findings) {
        if (!Month.isBlankOrMonth(text)) {
            findings.error(RuleCodes.MONTH_INVALID, field, label + "“" + text + "”不是年月（应为 YYYY-MM，如 2021-01）");
        }
    }

    private static void periodEndsBeforeStart(ProjectInfo info, Findings findings) {
        Optional<YearMonth> start = Month.parse(info.startMonth());
        Optional<YearMonth> end = Month.parse(info.endMonth());
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            findings.error(RuleCodes.PERIOD_ENDS_BEFORE_START, INFO + "endMonth", "项目结束时间 " + info.endMonth()
                    + " 早于开始时间 " + info.startMonth());
        }
    }

    // ---- funds

    private static void fundsMismatch(ProjectFunds funds, Findings findings) {
        if (!funds.total().equals(funds.sumOfSources())) {
            findings.error(RuleCodes.PROJECT_FUNDS_MISMATCH, "project.funds.total", "年度资金总额 " + funds.total()
                    + " 万元不等于财政拨款、其他资金、上年结转之和 " + funds.sumOfSources() + " 万元");
        }
    }

    /**
     * A cost ceiling in 万元 of the annual target above the year's funds cannot be met by them (a warning: reviewers
     * judge). The medium-term target's costs span the whole period, so they are not compared with one year's.
     */
    static void costTargetExceedsFunds(DeclarationForm form, Goal goal, Indicator indicator, String field,
                                       String label, Findings findings) {
        Amount total = form.project().funds().total();
        boolean annual = form.project().termOf(goal.id()).filter(term -> term == TargetTerm.ANNUAL).isPresent();
        if (annual && DeclarationRules.costAbove(indicator, total)) {
            findings.warning(RuleCodes.COST_TARGET_EXCEEDS_FUNDS, field + "target", label + "的成本目标“"
                    + indicator.target().text() + "”大于项目年度资金总额 " + total + " 万元");
        }
    }

    // ---- the plan

    private static void checkPlan(ProjectInfo info, ProjectRationale rationale, Findings findings) {
        List<PlanRow> plan = rationale.plan();
        for (int i = 0; i < plan.size(); i++) {
            PlanRow row = plan.get(i);
            String field = PLAN + "[" + i + "]";
            String label = "实施计划第" + (i + 1) + "行";
            planRowEndsBeforeStart(row, field, label, findings);
            planRowOutsidePeriod(info, row, field, label, findings);
        }
    }

    private static void planRowEndsBeforeStart(PlanRow row, String field, String label, Findings findings) {
        Optional<YearMonth> start = Month.parse(row.start());
        Optional<YearMonth> end = Month.parse(row.end());
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            findings.error(RuleCodes.PLAN_ROW_ENDS_BEFORE_START, field + ".end",
                    label + "的结束时间 " + row.end() + " 早于开始时间 " + row.start());
        }
    }

    private static void planRowOutsidePeriod(ProjectInfo info, PlanRow row, String field, String label,
                                             Findings findings) {
        Optional<YearMonth> periodStart = Month.parse(info.startMonth());
        Optional<YearMonth> periodEnd = Month.parse(info.endMonth());
        Optional<YearMonth> start = Month.parse(row.start());
        Optional<YearMonth> end = Month.parse(row.end());
        boolean early = periodStart.isPresent() && start.isPresent() && start.get().isBefore(periodStart.get());
        boolean late = periodEnd.isPresent() && end.isPresent() && end.get().isAfter(periodEnd.get());
        if (early || late) {
            findings.error(RuleCodes.PLAN_ROW_OUTSIDE_PERIOD, field, label + "（" + row.start() + " 至 " + row.end()
                    + "）超出项目实施期限 " + info.startMonth() + " 至 " + info.endMonth());
        }
    }

    // ---- targets and indicators

    private static void targetMissing(ProjectPart project, TargetTerm term, Findings findings) {
        if (project.goalOf(term).isEmpty()) {
            findings.error(RuleCodes.PROJECT_TARGET_MISSING, "project.targets", "未填写" + term.label());
        }
    }

    /** Output, benefit and satisfaction, and cost as its own level 1 under the 2021 edition (财预〔2021〕101号). */
    static void targetMissingCategory(Edition edition, Goal goal, String field, String goalName, Findings findings) {
        if (goal.indicators().isEmpty()) {
            return;
        }
        List<Level1> required = new ArrayList<>(List.of(Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION));
        if (edition == Edition.E2021) {
            required.add(1, Level1.COST);
        }
        String missing = required.stream().filter(level1 -> !goal.has(level1)).map(Level1::label)
                .collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            findings.error(RuleCodes.TARGET_MISSING_CATEGORY, field + ".indicators", goalName + "缺少" + missing);
        }
    }

    private static void noCoreIndicator(DeclarationForm form, Findings findings) {
        boolean anyCore = form.goals().stream().flatMap(goal -> goal.indicators().stream())
                .anyMatch(indicator -> form.project().detailsOf(indicator.id()).core());
        if (!anyCore && form.indicatorCount() > 0) {
            findings.error(RuleCodes.NO_CORE_INDICATOR, "project.targets", "未标注核心指标（★），至少须有一项");
        }
    }
}
