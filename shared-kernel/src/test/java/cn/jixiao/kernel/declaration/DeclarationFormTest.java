package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.jixiao.kernel.declaration.SeedForm.ID;
import static cn.jixiao.kernel.declaration.SeedForm.goalId;
import static cn.jixiao.kernel.declaration.SeedForm.indicatorId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclarationFormTest {

    private static final PersonRef REVIEWER = new PersonRef("u-r", "审核员");
    private final DeclarationForm seed = SeedForm.form();

    @Test
    void startsEmptyWhenCreated() {
        DeclarationForm form = DeclarationForm.created(created(Edition.E2021));

        assertThat(form.id()).isEqualTo(ID);
        assertThat(form.year()).isEqualTo(2020);
        assertThat(form.edition()).isEqualTo(Edition.E2021);
        assertThat(form.contact()).isEqualTo(new Contact("", ""));
        assertThat(form.staffing()).isEqualTo(new Staffing(null, null));
        assertThat(form.income()).isEqualTo(Income.EMPTY);
        assertThat(form.goals()).isEmpty();
        assertThat(form.functions()).isEmpty();
        assertThat(form.notes()).isEmpty();
    }

    @Test
    void takesTheYearsDefaultEditionWhenCreatedWithoutOne() {
        assertThat(DeclarationForm.created(created(null)).edition()).isEqualTo(Edition.E2020);
    }

    @Test
    void foldsTheWholeSeedForm() {
        assertThat(seed.unit().name()).isEqualTo("衡阳市南岳区祝融街道办事处");
        assertThat(seed.filingUnit()).isEqualTo("南岳区祝融街道办事处");
        assertThat(seed.leader()).isEqualTo("尹晖");
        assertThat(seed.contact()).isEqualTo(new Contact("旷文倩", "18216015913"));
        assertThat(seed.staffing()).isEqualTo(new Staffing(23, 29));
        assertThat(seed.income().total()).isEqualTo(Amount.of("649.4"));
        assertThat(seed.income().governmentFund()).isEqualTo(Amount.ZERO);
        assertThat(seed.expenditure()).isEqualTo(new Expenditure(Amount.of("649.4"), Amount.of("210.6"), Amount.of("438.8")));
        assertThat(seed.threePublic().total()).isEqualTo(Amount.of("8"));
        assertThat(seed.functions()).startsWith("1、宣传贯彻").endsWith("7、负责完成上级交办的其它工作任务。");
        assertThat(seed.goals()).hasSize(4);
        assertThat(seed.goals()).extracting(goal -> goal.indicators().size()).containsExactly(12, 12, 8, 12);
        assertThat(seed.indicatorCount()).isEqualTo(44);
    }

    @Test
    void findsGoalsAndIndicatorsById() {
        assertThat(seed.goal(goalId(2)).map(Goal::description)).contains("四个社区包干经费，保障街道社区（居委会）全年各项工作正常开展");
        assertThat(seed.indicator(goalId(1), indicatorId(1, 6))).hasValueSatisfying(indicator -> {
            assertThat(indicator.level2()).isEqualTo(Level2.COST);
            assertThat(indicator.target().text()).isEqualTo("≤296.8725万元");
        });
        assertThat(seed.indicator(goalId(2), indicatorId(1, 1))).isEmpty();
        assertThat(seed.goal(GoalId.of("nope"))).isEmpty();
    }

    @Test
    void numbersGoalsByTheirPosition() {
        DeclarationForm form = seed.apply(new GoalRemovedEvent(ID, goalId(2)));

        assertThat(form.goals()).extracting(Goal::id).containsExactly(goalId(1), goalId(3), goalId(4));
        assertThat(form.goalNumber(goalId(3))).hasValue(2);
        assertThat(form.goalNumber(goalId(2))).isEmpty();
        assertThat(form.indicatorCount()).isEqualTo(32);
    }

    @Test
    void addsAGoalAtTheEnd() {
        DeclarationForm form = seed.apply(new GoalAddedEvent(ID, goalId(5), "新目标"));

        assertThat(form.goalNumber(goalId(5))).hasValue(5);
        assertThat(form.goal(goalId(5)).orElseThrow().indicators()).isEmpty();
    }

    @Test
    void revisesAGoalsSentenceKeepingItsIndicators() {
        DeclarationForm form = seed.apply(new GoalRevisedEvent(ID, goalId(3), "改写的目标"));

        assertThat(form.goal(goalId(3)).orElseThrow().description()).isEqualTo("改写的目标");
        assertThat(form.goal(goalId(3)).orElseThrow().indicators()).hasSize(8);
    }

    @Test
    void revisesAnIndicatorInPlace() {
        TargetValue target = TargetValue.parse("≥98%");
        DeclarationForm form = seed.apply(new IndicatorRevisedEvent(ID, goalId(1), indicatorId(1, 2),
                Level1.OUTPUT, Level2.QUALITY, "配套设施建设完成率", target));

        Indicator revised = form.goal(goalId(1)).orElseThrow().indicators().get(1);
        assertThat(revised).isEqualTo(new Indicator(indicatorId(1, 2), Level1.OUTPUT, Level2.QUALITY, "配套设施建设完成率", target));
        assertThat(form.indicatorCount()).isEqualTo(44);
    }

    @Test
    void addsAndRemovesIndicators() {
        DeclarationForm added = seed.apply(new IndicatorAddedEvent(ID, goalId(3), indicatorId(3, 9),
                Level1.OUTPUT, Level2.QUANTITY, "新增指标", TargetValue.parse("=1个")));
        DeclarationForm removed = added.apply(new IndicatorRemovedEvent(ID, goalId(3), indicatorId(3, 1)));

        assertThat(added.goal(goalId(3)).orElseThrow().indicators()).last().extracting(Indicator::name).isEqualTo("新增指标");
        assertThat(removed.indicator(goalId(3), indicatorId(3, 1))).isEmpty();
        assertThat(removed.indicatorCount()).isEqualTo(44);
    }

    @Test
    void replacesBasicInfoBudgetAndTexts() {
        DeclarationForm form = seed
                .apply(new BasicInfoUpdatedEvent(ID, "祝融街道", "张三", new Contact("李四", "0734-1234567"), new Staffing(30, 29)))
                .apply(new BudgetUpdatedEvent(ID, Income.EMPTY, Expenditure.EMPTY, ThreePublic.EMPTY))
                .apply(new FunctionsUpdatedEvent(ID, "职能"))
                .apply(new OverallGoalUpdatedEvent(ID, "总体目标"))
                .apply(new NotesUpdatedEvent(ID, "说明"));

        assertThat(form.leader()).isEqualTo("张三");
        assertThat(form.contact().phone()).isEqualTo("0734-1234567");
        assertThat(form.staffing().authorized()).isEqualTo(30);
        assertThat(form.income()).isEqualTo(Income.EMPTY);
        assertThat(form.functions()).isEqualTo("职能");
        assertThat(form.overallGoal()).isEqualTo("总体目标");
        assertThat(form.notes()).isEqualTo("说明");
        assertThat(form.goals()).isEqualTo(seed.goals());
    }

    @Test
    void leavesTheFormAsItIsOnLifecycleEvents() {
        List<DeclarationEvent> lifecycle = List.of(
                new DeclarationSubmittedEvent(ID, 1, List.of(), SeedForm.FILER),
                new BusinessReviewPassedEvent(ID, "同意", REVIEWER),
                new DeclarationReturnedEvent(ID, ReviewStage.PERFORMANCE, "请修改", REVIEWER),
                new DeclarationApprovedEvent(ID, "批复", REVIEWER),
                new AdjustmentStartedEvent(ID, "预算调整", SeedForm.FILER),
                new ApprovedOnPaperRecordedEvent(ID, "纸质批复", REVIEWER, Instant.EPOCH));

        for (DeclarationEvent event : lifecycle) {
            assertThat(seed.apply(event)).isSameAs(seed);
        }
    }

    @Test
    void ignoresEventsAboutAGoalThatIsNotThere() {
        DeclarationForm form = seed.apply(new IndicatorAddedEvent(ID, GoalId.of("gone"), IndicatorId.of("x"),
                Level1.OUTPUT, Level2.QUANTITY, "x", TargetValue.parse("1")));

        assertThat(form).isEqualTo(seed);
    }

    @Test
    void foldsEveryKindOfDeclarationEvent() throws Exception {
        for (Class<?> type : DeclarationEvent.class.getPermittedSubclasses()) {
            DeclarationEvent event = SampleEvents.of(type);
            assertThat(seed.apply(event)).as(type.getSimpleName()).isNotNull();
        }
    }

    @Test
    void refusesToReplayAStreamThatDoesNotStartWithCreation() {
        assertThatThrownBy(() -> DeclarationForm.replay(List.of(new NotesUpdatedEvent(ID, "x"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeclarationForm.replay(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsListsImmutable() {
        assertThatThrownBy(() -> seed.goals().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> seed.goals().get(0).indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static DeclarationCreatedEvent created(Edition edition) {
        return new DeclarationCreatedEvent(ID, 2020, DeclarationKind.DEPARTMENT, edition,
                new Unit("u1", "祝融街道"), "祝融街道", "尹晖", SeedForm.FILER);
    }
}
