package cn.jixiao.kernel.declaration.rules;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.BasicInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.GoalRemovedEvent;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.IndicatorRemovedEvent;
import cn.jixiao.kernel.declaration.IndicatorRevisedEvent;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.SeedForm;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetKind;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static cn.jixiao.kernel.declaration.SeedForm.ID;
import static cn.jixiao.kernel.declaration.SeedForm.goalId;
import static cn.jixiao.kernel.declaration.SeedForm.indicatorId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DeclarationRulesTest {

    private final DeclarationForm seed = SeedForm.form();

    // ---- the seed form

    @Test
    void seedFormHasNoError() {
        assertThat(check(seed).errors()).isEmpty();
        assertThat(check(seed).hasErrors()).isFalse();
    }

    @Test
    void seedFormRaisesExactlyTheWarningsOfTheDomain() {
        ValidationReport report = check(seed);

        assertThat(report.warnings()).extracting(Finding::code).containsExactly(
                RuleCodes.ACTUAL_STAFF_EXCEEDS_AUTHORIZED,
                RuleCodes.VAGUE_TARGET, RuleCodes.VAGUE_TARGET, RuleCodes.VAGUE_TARGET, RuleCodes.VAGUE_TARGET,
                RuleCodes.SATISFACTION_TARGET_100);
        assertThat(report.warnings()).extracting(Finding::field).containsExactly(
                "staffing.actual",
                "goals[0].indicators[6].target", "goals[0].indicators[7].target",
                "goals[0].indicators[8].target", "goals[0].indicators[9].target",
                "goals[2].indicators[7].target");
    }

    @Test
    void seedFormWarningsSpeakTheDomainsWords() {
        List<String> messages = check(seed).warnings().stream().map(Finding::message).toList();

        assertThat(messages.get(0)).isEqualTo("实有人数 29 人超过人员编制数 23 人");
        assertThat(messages.get(1)).contains("目标1第7个指标“改善城市居民的住房条件”", "有效提高");
        assertThat(messages.get(5)).contains("目标3第8个指标“社区退休人员满意度”", "≥100%");
    }

    // ---- errors: header and basic info

    @Test
    void yearMissingIsAnError() {
        DeclarationForm form = DeclarationForm.replay(List.of(new DeclarationCreatedEvent(ID, 0,
                DeclarationKind.DEPARTMENT, Edition.E2020, new Unit("u", "祝融街道"), "", "", SeedForm.FILER)));

        assertThat(errorsOf(form)).contains(RuleCodes.YEAR_MISSING);
    }

    @Test
    void unitMissingIsAnError() {
        DeclarationForm form = DeclarationForm.replay(List.of(new DeclarationCreatedEvent(ID, 2020,
                DeclarationKind.DEPARTMENT, Edition.E2020, new Unit("u", " "), "", "", SeedForm.FILER)));

        assertThat(check(form).errors()).filteredOn(f -> f.code().equals(RuleCodes.UNIT_MISSING))
                .singleElement().extracting(Finding::field).isEqualTo("unit.name");
    }

    @Test
    void contactMissingIsAnError() {
        assertThat(single(withContact(new Contact("", "18216015913")), RuleCodes.CONTACT_MISSING))
                .isEqualTo(new Finding(RuleCodes.CONTACT_MISSING, "contact.name", "未填写绩效管理联系人"));
    }

    @Test
    void phoneMissingIsAnError() {
        assertThat(single(withContact(new Contact("旷文倩", null)), RuleCodes.PHONE_MISSING))
                .isEqualTo(new Finding(RuleCodes.PHONE_MISSING, "contact.phone", "未填写联系电话"));
    }

    @Test
    void newFormMissesEverythingAFilerMustFillIn() {
        DeclarationForm form = DeclarationForm.replay(List.of(SeedForm.events().get(0)));

        assertThat(errorsOf(form)).containsExactly(RuleCodes.CONTACT_MISSING, RuleCodes.PHONE_MISSING, RuleCodes.NO_GOAL);
    }

    @Test
    void negativeStaffIsAnError() {
        DeclarationForm form = seed.apply(new BasicInfoUpdatedEvent(ID, "祝融街道", "尹晖",
                seed.contact(), new Staffing(-1, 29)));

        assertThat(single(form, RuleCodes.NEGATIVE_STAFF).field()).isEqualTo("staffing.authorized");
    }

    @Test
    void negativeStaffIsRefusedAtOnce() {
        assertThat(DeclarationRules.checkStaffingInput(new Staffing(23, -2)))
                .extracting(Finding::code, Finding::field)
                .containsExactly(tuple(RuleCodes.NEGATIVE_STAFF, "staffing.actual"));
        assertThat(DeclarationRules.checkStaffingInput(new Staffing(null, null))).isEmpty();
    }

    // ---- errors: amounts

    @Test
    void incomeTotalDifferentFromItsSourcesIsAnError() {
        DeclarationForm form = withBudget(income("649.4", "600"), seed.expenditure(), seed.threePublic());

        Finding finding = single(form, RuleCodes.INCOME_TOTAL_MISMATCH);
        assertThat(finding.field()).isEqualTo("income.total");
        assertThat(finding.message()).contains("收入合计 649.4 万元", "600 万元");
    }

    @Test
    void expenditureTotalDifferentFromBasicPlusProjectIsAnError() {
        DeclarationForm form = withBudget(seed.income(),
                new Expenditure(Amount.of("649.4"), Amount.of("210.6"), Amount.of("438.7")), seed.threePublic());

        assertThat(single(form, RuleCodes.EXPENDITURE_TOTAL_MISMATCH).field()).isEqualTo("expenditure.total");
    }

    @Test
    void threePublicTotalDifferentFromItsPartsIsAnError() {
        DeclarationForm form = withBudget(seed.income(), seed.expenditure(),
                new ThreePublic(Amount.of("9"), Amount.of("7"), Amount.ZERO, Amount.of("1")));

        assertThat(single(form, RuleCodes.THREE_PUBLIC_TOTAL_MISMATCH).field()).isEqualTo("threePublic.total");
    }

    @Test
    void negativeAmountIsRefusedAtOnce() {
        assertThatThrownBy(() -> Amount.of("-1"))
                .isInstanceOfSatisfying(Amount.InvalidAmountException.class,
                        e -> assertThat(e.code()).isEqualTo(RuleCodes.NEGATIVE_AMOUNT))
                .hasMessageContaining("金额不能为负数");
    }

    @Test
    void amountWithMoreThanFourDecimalsIsRefusedAtOnce() {
        assertThatThrownBy(() -> Amount.of("296.87251"))
                .isInstanceOfSatisfying(Amount.InvalidAmountException.class,
                        e -> assertThat(e.code()).isEqualTo(RuleCodes.AMOUNT_SCALE));
        assertThat(Amount.of("296.8725")).hasToString("296.8725");
    }

    @Test
    void amountThatIsNotANumberIsRefusedAtOnce() {
        assertThatThrownBy(() -> Amount.of("六百"))
                .isInstanceOfSatisfying(Amount.InvalidAmountException.class,
                        e -> assertThat(e.code()).isEqualTo(RuleCodes.AMOUNT_NOT_A_NUMBER));
    }

    // ---- errors: goals and indicators

    @Test
    void noGoalIsAnError() {
        DeclarationForm form = seed;
        for (int g = 1; g <= 4; g++) {
            form = form.apply(new GoalRemovedEvent(ID, goalId(g)));
        }

        assertThat(single(form, RuleCodes.NO_GOAL).field()).isEqualTo("goals");
    }

    @Test
    void goalWithoutIndicatorsIsAnError() {
        DeclarationForm form = seed.apply(new GoalAddedEvent(ID, GoalId.of("g5"), "新目标"));

        Finding finding = single(form, RuleCodes.GOAL_WITHOUT_INDICATORS);
        assertThat(finding.field()).isEqualTo("goals[4].indicators");
        assertThat(finding.message()).isEqualTo("目标5没有绩效指标");
        assertThat(warningsOf(form)).doesNotContain(RuleCodes.GOAL_MISSING_CATEGORY);
    }

    @Test
    void indicatorWithoutNameIsAnError() {
        DeclarationForm form = revise(2, 3, Level1.OUTPUT, Level2.QUANTITY, " ", TargetValue.parse("=25人"));

        assertThat(single(form, RuleCodes.INDICATOR_NAME_MISSING).field()).isEqualTo("goals[1].indicators[2].name");
    }

    @Test
    void indicatorWithoutTargetIsAnError() {
        DeclarationForm form = revise(2, 3, Level1.OUTPUT, Level2.QUANTITY, "辖区内社区工作人员数量", null);

        assertThat(single(form, RuleCodes.TARGET_MISSING).field()).isEqualTo("goals[1].indicators[2].target");
    }

    @Test
    void level2UnderTheWrongLevel1IsAnError() {
        DeclarationForm form = revise(1, 1, Level1.BENEFIT, Level2.QUANTITY, "鑫聚缘二期土地出让面积", TargetValue.parse("=8.73亩"));

        Finding finding = single(form, RuleCodes.LEVEL_MISMATCH);
        assertThat(finding.field()).isEqualTo("goals[0].indicators[0].level2");
        assertThat(finding.message()).contains("数量指标", "效益指标");
    }

    @Test
    void costUnderOutputIsAnErrorIn2021Edition() {
        // the seed has five cost indicators under output: one each in goals 1, 3 and 4, two in goal 2
        DeclarationForm form2021 = DeclarationForm.created(new DeclarationCreatedEvent(ID, 2021,
                DeclarationKind.DEPARTMENT, Edition.E2021, new Unit("u", "祝融街道"), "", "", SeedForm.FILER));
        for (DeclarationEvent event : SeedForm.events().subList(1, SeedForm.events().size())) {
            form2021 = form2021.apply(event);
        }

        assertThat(check(form2021).errors()).extracting(Finding::code).containsOnly(RuleCodes.LEVEL_MISMATCH).hasSize(5);
    }

    @Test
    void refusesAWrongLevelAnEmptyNameAndAnEmptyTargetAtOnce() {
        List<Finding> findings = DeclarationRules.checkIndicatorInput(Edition.E2021, Level1.OUTPUT, Level2.COST,
                "", new TargetValue(" ", null, null, null, TargetKind.QUALITATIVE));

        assertThat(findings).extracting(Finding::code, Finding::field).containsExactly(
                tuple(RuleCodes.LEVEL_MISMATCH, "level2"),
                tuple(RuleCodes.INDICATOR_NAME_MISSING, "name"),
                tuple(RuleCodes.TARGET_MISSING, "target"));
    }

    @Test
    void acceptsAGoodIndicatorInput() {
        assertThat(DeclarationRules.checkIndicatorInput(Edition.E2021, Level1.COST, Level2.ECONOMIC_COST,
                "项目总成本", TargetValue.parse("≤35万元"))).isEmpty();
        assertThat(DeclarationRules.checkIndicatorInput(Edition.E2021, null, Level2.QUANTITY, "x", TargetValue.parse("1")))
                .extracting(Finding::code, Finding::field)
                .containsExactly(tuple(RuleCodes.LEVEL_MISMATCH, "level1"));
    }

    // ---- warnings

    @Test
    void actualStaffAboveAuthorizedIsAWarning() {
        assertThat(warningsOf(seed)).contains(RuleCodes.ACTUAL_STAFF_EXCEEDS_AUTHORIZED);
        DeclarationForm within = seed.apply(new BasicInfoUpdatedEvent(ID, "", "", seed.contact(), new Staffing(29, 29)));
        assertThat(warningsOf(within)).doesNotContain(RuleCodes.ACTUAL_STAFF_EXCEEDS_AUTHORIZED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥100%", "=100%", "100%", "≥１００％"})
    void satisfactionTargetOf100PercentIsAWarning(String text) {
        DeclarationForm form = revise(1, 12, Level1.SATISFACTION, Level2.SATISFACTION, "拆迁户满意度", TargetValue.parse(text));

        assertThat(check(form).warnings()).filteredOn(f -> f.code().equals(RuleCodes.SATISFACTION_TARGET_100))
                .extracting(Finding::field).contains("goals[0].indicators[11].target");
    }

    @Test
    void satisfactionTargetBelow100IsNoWarning() {
        DeclarationForm form = revise(3, 8, Level1.SATISFACTION, Level2.SATISFACTION, "社区退休人员满意度", TargetValue.parse("≥95%"));

        assertThat(warningsOf(form)).doesNotContain(RuleCodes.SATISFACTION_TARGET_100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"有效提高", "有明显改善", "有效提升", "明显提升", "进一步提高", "逐步增强", "有所改善", "=有效提高"})
    void vagueQualitativeTargetIsAWarning(String text) {
        assertThat(DeclarationRules.isVague(text)).isTrue();
        DeclarationForm form = revise(2, 5, Level1.OUTPUT, Level2.TIMELINESS, "社区正常运转时间", TargetValue.parse(text));
        assertThat(check(form).warnings()).filteredOn(f -> f.field().equals("goals[1].indicators[4].target"))
                .extracting(Finding::code).containsExactly(RuleCodes.VAGUE_TARGET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"全年", "=全年", "是", "否", "按时", "及时", "按时发放", "达标"})
    void clearQualitativeTargetIsNoWarning(String text) {
        assertThat(DeclarationRules.isVague(text)).isFalse();
    }

    @Test
    void rateAbove100PercentIsAWarning() {
        DeclarationForm form = revise(1, 3, Level1.OUTPUT, Level2.QUALITY, "工程综合验收合格率", TargetValue.parse("=120%"));

        assertThat(single(form, RuleCodes.RATE_ABOVE_100).field()).isEqualTo("goals[0].indicators[2].target");
    }

    @Test
    void rateOf100PercentIsNoWarning() {
        assertThat(warningsOf(seed)).doesNotContain(RuleCodes.RATE_ABOVE_100);
    }

    @Test
    void satisfactionAbove100IsNotAlsoARateWarning() {
        DeclarationForm form = revise(1, 12, Level1.SATISFACTION, Level2.SATISFACTION, "拆迁户满意度", TargetValue.parse("≥110%"));

        assertThat(warningsOf(form)).contains(RuleCodes.SATISFACTION_TARGET_100).doesNotContain(RuleCodes.RATE_ABOVE_100);
    }

    @Test
    void goalWithoutSatisfactionIndicatorIsAWarning() {
        DeclarationForm form = seed.apply(new IndicatorRemovedEvent(ID, goalId(4), indicatorId(4, 12)));

        Finding finding = single(form, RuleCodes.GOAL_MISSING_CATEGORY);
        assertThat(finding.field()).isEqualTo("goals[3].indicators");
        assertThat(finding.message()).isEqualTo("目标4缺少满意度指标");
    }

    @Test
    void goalWithOnlyOutputIndicatorsLacksBenefitAndSatisfaction() {
        DeclarationForm form = seed;
        for (int i = 7; i <= 8; i++) {
            form = form.apply(new IndicatorRemovedEvent(ID, goalId(3), indicatorId(3, i)));
        }
        for (int i = 5; i <= 6; i++) {
            form = form.apply(new IndicatorRemovedEvent(ID, goalId(3), indicatorId(3, i)));
        }

        assertThat(single(form, RuleCodes.GOAL_MISSING_CATEGORY).message()).isEqualTo("目标3缺少效益指标、满意度指标");
    }

    @Test
    void incomeDifferentFromExpenditureIsAWarning() {
        DeclarationForm form = withBudget(income("700", "700"), seed.expenditure(), seed.threePublic());

        assertThat(check(form).warnings()).extracting(Finding::code).contains(RuleCodes.INCOME_EXPENDITURE_MISMATCH);
        assertThat(check(form).errors()).isEmpty();
    }

    @Test
    void costTargetAboveTheExpenditureIsAWarning() {
        DeclarationForm form = revise(2, 7, Level1.OUTPUT, Level2.COST, "社区内小区正常运转各项总费用", TargetValue.parse("≤700万元"));

        Finding finding = single(form, RuleCodes.COST_TARGET_EXCEEDS_EXPENDITURE);
        assertThat(finding.field()).isEqualTo("goals[1].indicators[6].target");
        assertThat(finding.message()).contains("≤700万元", "649.4");
    }

    @Test
    void costTargetPerHeadIsNotComparedWithTheExpenditure() {
        DeclarationForm form = revise(2, 8, Level1.OUTPUT, Level2.COST, "全年对每个社区工作人员补助标准", TargetValue.parse("≤700万元/人"));

        assertThat(warningsOf(form)).doesNotContain(RuleCodes.COST_TARGET_EXCEEDS_EXPENDITURE);
    }

    @Test
    void lowerAtLeastTargetThanLastYearIsAWarning() {
        PreviousTargets lastYear = name -> Optional.ofNullable(Map.of(
                "拆迁户满意度", TargetValue.parse("≥98%"),
                "社区内小区正常运转各项总费用", TargetValue.parse("≤30万元")).get(name));

        List<Finding> weaker = check(seed, lastYear).warnings().stream()
                .filter(f -> f.code().equals(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR)).toList();

        assertThat(weaker).extracting(Finding::field)
                .containsExactly("goals[0].indicators[11].target", "goals[1].indicators[6].target");
        assertThat(weaker.get(0).message()).contains("≥95%", "≥98%");
    }

    @Test
    void strongerOrIncomparableTargetThanLastYearIsNoWarning() {
        PreviousTargets lastYear = name -> Optional.ofNullable(Map.of(
                "拆迁户满意度", TargetValue.parse("≥90%"),
                "社区内小区正常运转各项总费用", TargetValue.parse("≤30万元/人"),
                "辖区内社区数量", TargetValue.parse("=5个社区"),
                "社区正常运转时间", TargetValue.parse("全年")).get(name));

        assertThat(warningsOf(seed, lastYear)).doesNotContain(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }

    @Test
    void raisedAtMostTargetIsWeaker() {
        assertThat(DeclarationRules.isWeaker(TargetValue.parse("≤40万元"), TargetValue.parse("≤35万元"))).isTrue();
        assertThat(DeclarationRules.isWeaker(TargetValue.parse("≤30万元"), TargetValue.parse("≤35万元"))).isFalse();
        assertThat(DeclarationRules.isWeaker(TargetValue.parse("≥90%"), TargetValue.parse("≤95%"))).isFalse();
    }

    @Test
    void targetBelowLastYearsActualResultIsAWarning() {
        PreviousTargets lastYear = PreviousTargets.NONE.withActualResults(Map.of(
                "拆迁户满意度", TargetValue.parse("97%"),
                "社区内小区正常运转各项总费用", TargetValue.parse("30万元"),
                "辖区内社区数量", TargetValue.parse("4个社区"),
                "按规定时间完成任务及时率", TargetValue.parse("90%"),
                "社区正常运转时间", TargetValue.parse("全年")));

        List<Finding> weaker = check(seed, lastYear).warnings().stream()
                .filter(f -> f.code().equals(RuleCodes.TARGET_WEAKER_THAN_LAST_ACTUAL)).toList();

        // ≥95% after 97% achieved; ≤35万元 after 30万元 spent; = targets and results met exactly are no warning
        assertThat(weaker).extracting(Finding::field)
                .containsExactly("goals[0].indicators[11].target", "goals[1].indicators[6].target");
        assertThat(weaker.get(0).message()).contains("≥95%", "97%");
    }

    @Test
    void withoutLastYearsSelfEvaluationThereIsNoActualToCompare() {
        assertThat(warningsOf(seed, PreviousTargets.NONE)).doesNotContain(RuleCodes.TARGET_WEAKER_THAN_LAST_ACTUAL);
        assertThat(DeclarationRules.isBelowAchieved(TargetValue.parse("≥90%"), TargetValue.parse("90人"))).isFalse();
        assertThat(DeclarationRules.isBelowAchieved(TargetValue.parse("≥90%"), TargetValue.parse("基本完成"))).isFalse();
    }

    // ---- helpers

    private static ValidationReport check(DeclarationForm form) {
        return DeclarationRules.check(form, PreviousTargets.NONE);
    }

    private static ValidationReport check(DeclarationForm form, PreviousTargets previous) {
        return DeclarationRules.check(form, previous);
    }

    private static List<String> errorsOf(DeclarationForm form) {
        return check(form).errors().stream().map(Finding::code).toList();
    }

    private static List<String> warningsOf(DeclarationForm form) {
        return warningsOf(form, PreviousTargets.NONE);
    }

    private static List<String> warningsOf(DeclarationForm form, PreviousTargets previous) {
        return check(form, previous).warnings().stream().map(Finding::code).toList();
    }

    /** The one finding of that code, error or warning. */
    private static Finding single(DeclarationForm form, String code) {
        ValidationReport report = check(form);
        return Stream.concat(report.errors().stream(), report.warnings().stream())
                .filter(f -> f.code().equals(code))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + code + ": " + a + ", " + b);
                })
                .orElseThrow(() -> new AssertionError("no " + code + " in " + report));
    }

    private DeclarationForm withContact(Contact contact) {
        return seed.apply(new BasicInfoUpdatedEvent(ID, seed.filingUnit(), seed.leader(), contact, seed.staffing()));
    }

    private DeclarationForm withBudget(Income income, Expenditure expenditure, ThreePublic threePublic) {
        return seed.apply(new BudgetUpdatedEvent(ID, income, expenditure, threePublic));
    }

    private static Income income(String total, String generalPublicBudget) {
        return new Income(Amount.of(total), Amount.of(generalPublicBudget), Amount.ZERO, Amount.ZERO, Amount.ZERO);
    }

    private DeclarationForm revise(int goal, int indicator, Level1 level1, Level2 level2, String name, TargetValue target) {
        IndicatorId id = indicatorId(goal, indicator);
        return seed.apply(new IndicatorRevisedEvent(ID, goalId(goal), id, level1, level2, name, target));
    }
}
