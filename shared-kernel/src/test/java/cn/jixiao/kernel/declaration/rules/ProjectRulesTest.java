package cn.jixiao.kernel.declaration.rules;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.IndicatorDetailsSetEvent;
import cn.jixiao.kernel.declaration.IndicatorRemovedEvent;
import cn.jixiao.kernel.declaration.IndicatorRevisedEvent;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.PlanRow;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectFundsUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectRationale;
import cn.jixiao.kernel.declaration.ProjectRationaleUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectSample;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.GoalRemovedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.jixiao.kernel.declaration.ProjectSample.ID;
import static cn.jixiao.kernel.declaration.ProjectSample.goalId;
import static cn.jixiao.kernel.declaration.ProjectSample.indicatorId;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectRulesTest {

    private static final int ANNUAL_COST = 14;

    @Test
    void theSampleProjectHasNoErrorAndNoWarning() {
        ValidationReport report = DeclarationRules.check(ProjectSample.form(), PreviousTargets.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void fundsMustAddUp() {
        DeclarationForm form = ProjectSample.form().apply(new ProjectFundsUpdatedEvent(ID, new ProjectFunds(
                Amount.of("90"), Amount.of("80"), Amount.of("4.5"), Amount.of("2"), null, null)));

        assertThat(errorCodes(form)).containsExactly(RuleCodes.PROJECT_FUNDS_MISMATCH);
    }

    @Test
    void aPlanRowOutsideThePeriodBlocksSubmission() {
        DeclarationForm form = withPlan(new PlanRow("前期调研", "2020-10", "2021-02"));

        assertThat(errorCodes(form)).containsExactly(RuleCodes.PLAN_ROW_OUTSIDE_PERIOD);
    }

    @Test
    void aPlanRowEndingBeforeItStartsIsRefusedAtOnce() {
        ProjectRationale rationale = new ProjectRationale("", "", "",
                List.of(new PlanRow("开展服务", "2021-06", "2021-03"), new PlanRow("自评", "2021-13", "")));

        assertThat(ProjectRules.checkRationaleInput(rationale)).extracting(Finding::code)
                .containsExactly(RuleCodes.PLAN_ROW_ENDS_BEFORE_START, RuleCodes.MONTH_INVALID);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAtOnce() {
        ProjectInfo info = new ProjectInfo("x", "c", null, "", "", null, "2021-12", "2021-01");

        assertThat(ProjectRules.checkInfoInput(info)).extracting(Finding::field)
                .containsExactly("project.info.endMonth");
    }

    @Test
    void eachTargetNeedsOutputBenefitSatisfactionAndUnderThe2021EditionCost() {
        DeclarationForm form = ProjectSample.form()
                .apply(new IndicatorRemovedEvent(ID, goalId(TargetTerm.ANNUAL), indicatorId(ANNUAL_COST)))
                .apply(new IndicatorRemovedEvent(ID, goalId(TargetTerm.ANNUAL), indicatorId(ANNUAL_COST + 1)));

        ValidationReport report = DeclarationRules.check(form, PreviousTargets.NONE);
        assertThat(report.errors()).extracting(Finding::code, Finding::field)
                .containsExactly(org.assertj.core.api.Assertions.tuple(RuleCodes.TARGET_MISSING_CATEGORY,
                        "goals[1].indicators"));
        assertThat(report.errors().get(0).message()).isEqualTo("年度目标缺少成本指标");
    }

    @Test
    void bothTargetsAreRequired() {
        DeclarationForm form = ProjectSample.form().apply(new GoalRemovedEvent(ID, goalId(TargetTerm.MEDIUM_TERM)));

        assertThat(errorCodes(form)).containsExactly(RuleCodes.PROJECT_TARGET_MISSING);
    }

    @Test
    void atLeastOneIndicatorIsCore() {
        DeclarationForm form = ProjectSample.form();
        for (int i = 0; i < ProjectSample.INDICATORS.size(); i++) {
            ProjectSample.Row row = ProjectSample.INDICATORS.get(i);
            form = form.apply(new IndicatorDetailsSetEvent(ID, goalId(row.term()), indicatorId(i), false, row.basis(), ""));
        }

        assertThat(errorCodes(form)).containsExactly(RuleCodes.NO_CORE_INDICATOR);
    }

    @Test
    void aCostTargetAboveTheProjectsFundsIsAWarning() {
        DeclarationForm form = ProjectSample.form().apply(new IndicatorRevisedEvent(ID, goalId(TargetTerm.ANNUAL),
                indicatorId(ANNUAL_COST), Level1.COST, Level2.ECONOMIC_COST, "项目年度成本", TargetValue.parse("≤100万元")));

        ValidationReport report = DeclarationRules.check(form, PreviousTargets.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(Finding::code).containsExactly(RuleCodes.COST_TARGET_EXCEEDS_FUNDS);
    }

    @Test
    void aContinuingProjectsTargetWeakerThanLastYearsApprovedOneIsAWarning() {
        PreviousTargets lastYear = name -> "居家养老服务人次".equals(name)
                ? java.util.Optional.of(TargetValue.parse("≥1300人次")) : java.util.Optional.empty();

        ValidationReport report = DeclarationRules.check(ProjectSample.form(), lastYear);
        assertThat(report.warnings()).extracting(Finding::code).containsExactly(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }

    @Test
    void aFreshProjectFormListsWhatIsMissing() {
        DeclarationForm form = DeclarationForm.created(ProjectSample.created());

        assertThat(errorCodes(form)).contains(RuleCodes.PROJECT_NAME_MISSING, RuleCodes.PROJECT_CODE_MISSING,
                RuleCodes.PROJECT_ATTRIBUTE_MISSING, RuleCodes.RESPONSIBLE_MISSING, RuleCodes.PERIOD_MISSING,
                RuleCodes.PROJECT_TARGET_MISSING).doesNotContain(RuleCodes.NO_GOAL, RuleCodes.CONTACT_MISSING);
    }

    private static DeclarationForm withPlan(PlanRow row) {
        ProjectRationale r = ProjectSample.RATIONALE;
        return ProjectSample.form().apply(new ProjectRationaleUpdatedEvent(ID,
                new ProjectRationale(r.basis(), r.necessity(), r.feasibility(), List.of(row))));
    }

    private static List<String> errorCodes(DeclarationForm form) {
        return DeclarationRules.check(form, PreviousTargets.NONE).errors().stream().map(Finding::code).toList();
    }
}
