package cn.jixiao.kernel.declaration.rules;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.Comparator;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.IndicatorTaxonomy;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules of domain.md. {@link #check} reports the whole form: errors block submission, warnings go to the
 * reviewers. {@link #checkIndicatorInput} and {@link #checkStaffingInput} are the values refused at once (400).
 * Negative amounts and amounts with more than four decimals cannot reach a form: {@link Amount} refuses them
 * with NEGATIVE_AMOUNT / AMOUNT_SCALE. Field paths index goals and indicators from 0
 * ({@code goals[0].indicators[2].target}); messages number them as the form does (目标1, 第3个指标).
 */
public final class DeclarationRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String PERCENT = "%";
    static final String WAN_YUAN = "万元";

    /** Targets that cannot be measured at year end: the named ones, and adverb + verb of improvement. */
    static final List<String> VAGUE_TARGETS = List.of("有效提高", "有明显改善", "有效提升", "明显提升", "进一步提高");
    static final Pattern VAGUE_PATTERN = Pattern.compile("(有效|明显|进一步|逐步|有所|显著)(地|的)?(提高|提升|改善|增强|加强|好转)");

    private DeclarationRules() {
    }

    public static ValidationReport check(DeclarationForm form, PreviousTargets previous) {
        Objects.requireNonNull(previous, "previous (use PreviousTargets.NONE)");
        if (form.hasProjectPart()) {
            return ProjectRules.check(form, previous);
        }
        Findings findings = new Findings();
        checkHeader(form, findings);
        checkStaffing(form.staffing(), findings);
        checkBudget(form, findings);
        checkGoals(form, previous, findings);
        return findings.report();
    }

    /** An indicator as a filer sends it: a wrong level, an empty name or target is refused at once. */
    public static List<Finding> checkIndicatorInput(Edition edition, Level1 level1, Level2 level2, String name,
                                                    TargetValue target) {
        Findings findings = new Findings();
        checkIndicatorValues(edition, level1, level2, name, target, "", "该指标", findings);
        return findings.errors();
    }

    /** Staff counts as a filer sends them: a negative count is refused at once. */
    public static List<Finding> checkStaffingInput(Staffing staffing) {
        Findings findings = new Findings();
        negativeStaff(staffing, findings);
        return findings.errors();
    }

    // ---- header and basic info

    private static void checkHeader(DeclarationForm form, Findings findings) {
        yearMissing(form, findings);
        unitMissing(form, findings);
        contactMissing(form, findings);
        phoneMissing(form, findings);
    }

    static void yearMissing(DeclarationForm form, Findings findings) {
        if (form.year() <= 0) {
            findings.error(RuleCodes.YEAR_MISSING, "year", "未填写年度");
        }
    }

    static void unitMissing(DeclarationForm form, Findings findings) {
        if (form.unit() == null || isBlank(form.unit().name())) {
            findings.error(RuleCodes.UNIT_MISSING, "unit.name", "未填写预算单位");
        }
    }

    private static void contactMissing(DeclarationForm form, Findings findings) {
        if (form.contact() == null || isBlank(form.contact().name())) {
            findings.error(RuleCodes.CONTACT_MISSING, "contact.name", "未填写绩效管理联系人");
        }
    }

    private static void phoneMissing(DeclarationForm form, Findings findings) {
        if (form.contact() == null || isBlank(form.contact().phone())) {
            findings.error(RuleCodes.PHONE_MISSING, "contact.phone", "未填写联系电话");
        }
    }

    private static void checkStaffing(Staffing staffing, Findings findings) {
        negativeStaff(staffing, findings);
        actualStaffExceedsAuthorized(staffing, findings);
    }

    private static void negativeStaff(Staffing staffing, Findings findings) {
        if (staffing == null) {
            return;
        }
        if (staffing.authorized() != null && staffing.authorized() < 0) {
            findings.error(RuleCodes.NEGATIVE_STAFF, "staffing.authorized", "人员编制数不能为负数: " + staffing.authorized());
        }
        if (staffing.actual() != null && staffing.actual() < 0) {
            findings.error(RuleCodes.NEGATIVE_STAFF, "staffing.actual", "实有人数不能为负数: " + staffing.actual());
        }
    }

    private static void actualStaffExceedsAuthorized(Staffing staffing, Findings findings) {
        if (staffing != null && staffing.authorized() != null && staffing.actual() != null
                && staffing.actual() > staffing.authorized()) {
            findings.warning(RuleCodes.ACTUAL_STAFF_EXCEEDS_AUTHORIZED, "staffing.actual",
                    "实有人数 " + staffing.actual() + " 人超过人员编制数 " + staffing.authorized() + " 人");
        }
    }

    // ---- budget

    private static void checkBudget(DeclarationForm form, Findings findings) {
        incomeTotalMismatch(form, findings);
        expenditureTotalMismatch(form, findings);
        threePublicTotalMismatch(form, findings);
        incomeExpenditureMismatch(form, findings);
    }

    private static void incomeTotalMismatch(DeclarationForm form, Findings findings) {
        totalMismatch(RuleCodes.INCOME_TOTAL_MISMATCH, "income.total", "收入合计", form.income().total(),
                "一般公共预算、政府性基金拨款、非税收入拨款、其他资金之和", form.income().sumOfSources(), findings);
    }

    private static void expenditureTotalMismatch(DeclarationForm form, Findings findings) {
        totalMismatch(RuleCodes.EXPENDITURE_TOTAL_MISMATCH, "expenditure.total", "支出合计", form.expenditure().total(),
                "基本支出与项目支出之和", form.expenditure().sumOfParts(), findings);
    }

    private static void threePublicTotalMismatch(DeclarationForm form, Findings findings) {
        totalMismatch(RuleCodes.THREE_PUBLIC_TOTAL_MISMATCH, "threePublic.total", "三公经费合计", form.threePublic().total(),
                "公务用车运行和购置费、因公出国（境）费、公务接待费之和", form.threePublic().sumOfParts(), findings);
    }

    private static void totalMismatch(String code, String field, String totalName, Amount total, String sumName,
                                      Amount sum, Findings findings) {
        if (!total.equals(sum)) {
            findings.error(code, field, totalName + " " + total + " 万元不等于" + sumName + " " + sum + " 万元");
        }
    }

    private static void incomeExpenditureMismatch(DeclarationForm form, Findings findings) {
        Amount income = form.income().total();
        Amount expenditure = form.expenditure().total();
        if (!income.equals(expenditure)) {
            findings.warning(RuleCodes.INCOME_EXPENDITURE_MISMATCH, "expenditure.total",
                    "收入合计 " + income + " 万元与支出合计 " + expenditure + " 万元不一致");
        }
    }

    // ---- goals and indicators

    /**
     * The goals of either kind: a project's targets are goals too, named by their term (总目标, 年度目标), and held
     * to their categories and their cost against the project's funds instead (see {@link ProjectRules}).
     */
    static void checkGoals(DeclarationForm form, PreviousTargets previous, Findings findings) {
        if (!form.hasProjectPart()) {
            noGoal(form, findings);
        }
        List<Goal> goals = form.goals();
        for (int g = 0; g < goals.size(); g++) {
            Goal goal = goals.get(g);
            String goalField = "goals[" + g + "]";
            String goalName = goalName(form, goal, g);
            goalWithoutIndicators(goal, goalField, goalName, findings);
            if (form.hasProjectPart()) {
                ProjectRules.targetMissingCategory(form.edition(), goal, goalField, goalName, findings);
            } else {
                goalMissingCategory(goal, goalField, goalName, findings);
            }
            for (int i = 0; i < goal.indicators().size(); i++) {
                Indicator indicator = goal.indicators().get(i);
                IndicatorAt at = new IndicatorAt(indicator, goalField + ".indicators[" + i + "].",
                        goalName + "第" + (i + 1) + "个指标" + quoted(indicator.name()));
                checkIndicatorValues(form.edition(), indicator.level1(), indicator.level2(), indicator.name(),
                        indicator.target(), at.field, at.label, findings);
                checkTarget(form, goal, at, previous, findings);
            }
        }
    }

    private static String goalName(DeclarationForm form, Goal goal, int index) {
        if (form.hasProjectPart()) {
            return form.project().termOf(goal.id()).map(term -> term.label()).orElse("目标" + (index + 1));
        }
        return "目标" + (index + 1);
    }

    /** An indicator with where it stands: {@code field} is the path prefix, {@code label} how a user calls it. */
    private record IndicatorAt(Indicator indicator, String field, String label) {
        TargetValue target() {
            return indicator.target();
        }
    }

    private static void noGoal(DeclarationForm form, Findings findings) {
        if (form.goals().isEmpty()) {
            findings.error(RuleCodes.NO_GOAL, "goals", "未填写年度绩效目标");
        }
    }

    private static void goalWithoutIndicators(Goal goal, String field, String goalName, Findings findings) {
        if (goal.indicators().isEmpty()) {
            findings.error(RuleCodes.GOAL_WITHOUT_INDICATORS, field + ".indicators", goalName + "没有绩效指标");
        }
    }

    /** Every goal needs something produced, an effect and someone satisfied; cost (2021) is not demanded. */
    private static void goalMissingCategory(Goal goal, String field, String goalName, Findings findings) {
        if (goal.indicators().isEmpty()) {
            return;
        }
        String missing = Stream.of(Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION)
                .filter(level1 -> !goal.has(level1))
                .map(Level1::label)
                .collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            findings.warning(RuleCodes.GOAL_MISSING_CATEGORY, field + ".indicators", goalName + "缺少" + missing);
        }
    }

    private static void checkIndicatorValues(Edition edition, Level1 level1, Level2 level2, String name,
                                             TargetValue target, String field, String label, Findings findings) {
        levelMismatch(edition, level1, level2, field, label, findings);
        indicatorNameMissing(name, field, label, findings);
        targetMissing(target, field, label, findings);
    }

    private static void levelMismatch(Edition edition, Level1 level1, Level2 level2, String field, String label,
                                      Findings findings) {
        if (level1 == null || level2 == null) {
            findings.error(RuleCodes.LEVEL_MISMATCH, field + (level1 == null ? "level1" : "level2"),
                    label + "未填写" + (level1 == null ? "一级指标" : "二级指标"));
        } else if (!IndicatorTaxonomy.allows(edition, level1, level2)) {
            findings.error(RuleCodes.LEVEL_MISMATCH, field + "level2", label + "的二级指标“" + level2.label()
                    + "”不能放在一级指标“" + level1.label() + "”下（" + editionName(edition) + "）");
        }
    }

    private static void indicatorNameMissing(String name, String field, String label, Findings findings) {
        if (isBlank(name)) {
            findings.error(RuleCodes.INDICATOR_NAME_MISSING, field + "name", label + "未填写三级指标内容");
        }
    }

    private static void targetMissing(TargetValue target, String field, String label, Findings findings) {
        if (target == null || isBlank(target.text())) {
            findings.error(RuleCodes.TARGET_MISSING, field + "target", label + "未填写目标值");
        }
    }

    private static void checkTarget(DeclarationForm form, Goal goal, IndicatorAt at, PreviousTargets previous,
                                    Findings findings) {
        if (at.target() == null) {
            return;
        }
        satisfactionTarget100(at, findings);
        vagueTarget(at, findings);
        rateAbove100(at, findings);
        if (form.hasProjectPart()) {
            ProjectRules.costTargetExceedsFunds(form, goal, at.indicator(), at.field, at.label, findings);
        } else {
            costTargetExceedsExpenditure(form, at, findings);
        }
        targetWeakerThanLastYear(at, previous, findings);
        targetWeakerThanLastActual(at, previous, findings);
    }

    /** 100% satisfaction is never achieved in a survey: such a target cannot be evaluated honestly. */
    private static void satisfactionTarget100(IndicatorAt at, Findings findings) {
        TargetValue target = at.target();
        if (isSatisfaction(at.indicator()) && target.isPercentage() && target.value().compareTo(HUNDRED) >= 0
                && !lowerIsBetter(target)) {
            findings.warning(RuleCodes.SATISFACTION_TARGET_100, at.field + "target",
                    at.label + "的满意度目标值“" + target.text() + "”达到或超过100%，难以实现和考核");
        }
    }

    private static void vagueTarget(IndicatorAt at, Findings findings) {
        TargetValue target = at.target();
        if (!target.isQuantitative() && isVague(target.text())) {
            findings.warning(RuleCodes.VAGUE_TARGET, at.field + "target",
                    at.label + "的目标值“" + target.text() + "”表述模糊，无法衡量，宜量化");
        }
    }

    static boolean isVague(String text) {
        return text != null && (VAGUE_TARGETS.stream().anyMatch(text::contains) || VAGUE_PATTERN.matcher(text).find());
    }

    private static void rateAbove100(IndicatorAt at, Findings findings) {
        TargetValue target = at.target();
        if (!isSatisfaction(at.indicator()) && target.isPercentage() && target.value().compareTo(HUNDRED) > 0) {
            findings.warning(RuleCodes.RATE_ABOVE_100, at.field + "target",
                    at.label + "的目标值“" + target.text() + "”超过100%");
        }
    }

    /** A cost ceiling in 万元 above the whole expenditure budget cannot be right; per-head costs are not compared. */
    private static void costTargetExceedsExpenditure(DeclarationForm form, IndicatorAt at, Findings findings) {
        TargetValue target = at.target();
        Amount expenditure = form.expenditure().total();
        if (costAbove(at.indicator(), expenditure)) {
            findings.warning(RuleCodes.COST_TARGET_EXCEEDS_EXPENDITURE, at.field + "target", at.label
                    + "的成本目标“" + target.text() + "”大于支出合计 " + expenditure + " 万元");
        }
    }

    private static void targetWeakerThanLastYear(IndicatorAt at, PreviousTargets previous, Findings findings) {
        TargetValue target = at.target();
        if (!target.isQuantitative() || target.comparator() == null || target.comparator().direction() == 0
                || isBlank(at.indicator().name())) {
            return;
        }
        Optional<TargetValue> last = previous.approvedTarget(at.indicator().name().strip());
        if (last.isPresent() && isWeaker(target, last.get())) {
            findings.warning(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR, at.field + "target", at.label + "的目标值“"
                    + target.text() + "”低于上年批复的“" + last.get().text() + "”");
        }
    }

    /**
     * A target that asks less than the unit achieved last year (≥90% after 96% achieved, ≤40万元 after 32万元
     * spent) sets the bar below a result already reached: comparable only as a number in the same unit.
     */
    private static void targetWeakerThanLastActual(IndicatorAt at, PreviousTargets previous, Findings findings) {
        TargetValue target = at.target();
        if (!target.isQuantitative() || target.comparator() == null || target.comparator().direction() == 0
                || isBlank(at.indicator().name())) {
            return;
        }
        Optional<TargetValue> achieved = previous.actualResult(at.indicator().name().strip());
        if (achieved.isPresent() && isBelowAchieved(target, achieved.get())) {
            findings.warning(RuleCodes.TARGET_WEAKER_THAN_LAST_ACTUAL, at.field + "target", at.label + "的目标值“"
                    + target.text() + "”低于上年实际完成的“" + achieved.get().text() + "”");
        }
    }

    static boolean isBelowAchieved(TargetValue now, TargetValue achieved) {
        return achieved.isQuantitative() && achieved.value() != null && Objects.equals(now.unit(), achieved.unit())
                && now.comparator().direction() * now.value().compareTo(achieved.value()) < 0;
    }

    /** Comparable only with the same unit and direction: ≥90% after ≥95% is weaker, ≤40万元 after ≤35万元 too. */
    static boolean isWeaker(TargetValue now, TargetValue before) {
        if (!before.isQuantitative() || before.comparator() == null || !Objects.equals(now.unit(), before.unit())) {
            return false;
        }
        int direction = now.comparator().direction();
        return direction == before.comparator().direction()
                && direction * now.value().compareTo(before.value()) < 0;
    }

    private static boolean isSatisfaction(Indicator indicator) {
        return indicator.level1() == Level1.SATISFACTION || indicator.level2() == Level2.SATISFACTION;
    }

    /** A cost ceiling in 万元 above {@code yardstick} (a budget total; zero: not filled in, nothing compared). */
    static boolean costAbove(Indicator indicator, Amount yardstick) {
        TargetValue target = indicator.target();
        return isCost(indicator) && target != null && target.isQuantitative() && WAN_YUAN.equals(target.unit())
                && !yardstick.isZero() && target.value().compareTo(yardstick.value()) > 0;
    }

    static boolean isCost(Indicator indicator) {
        return indicator.level1() == Level1.COST || indicator.level2() == Level2.COST;
    }

    private static boolean lowerIsBetter(TargetValue target) {
        return target.comparator() != null && target.comparator().direction() < 0;
    }

    private static String editionName(Edition edition) {
        return edition == null ? "未指定指标体系版本" : edition.code() + "版指标体系";
    }

    private static String quoted(String name) {
        return isBlank(name) ? "" : "“" + name.strip() + "”";
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
