package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringFormTest {

    static final MonitoringRoundId ROUND = MonitoringRoundId.forRound(2020, 1);
    static final DeclarationId DECLARATION = DeclarationId.forUnit("430412001", 2020, DeclarationKind.DEPARTMENT);
    static final MonitoringFormId ID = MonitoringFormId.of(ROUND, DECLARATION);
    static final IndicatorId AREA = IndicatorId.of("i-area");
    static final IndicatorId QUALITY = IndicatorId.of("i-quality");
    static final PersonRef FILER = new PersonRef("demo-filer", "旷文倩");
    static final PersonRef REVIEWER = new PersonRef("demo-performance", "王绩效");
    private static final Instant AT = Instant.parse("2020-08-05T08:00:00Z");

    static MonitoringFormCreatedEvent created() {
        GoalId goal = GoalId.of("g-1");
        return new MonitoringFormCreatedEvent(ID, ROUND, DECLARATION, 2020, 1, LocalDate.of(2020, 7, 31),
                LightThresholds.DEFAULT, new Unit("430412001", "衡阳市南岳区祝融街道办事处"), 30, List.of(
                new PlannedIndicator(goal, "城中村改造", AREA, Level1.OUTPUT, Level2.QUANTITY, "土地出让面积",
                        TargetValue.parse("=8.73亩")),
                new PlannedIndicator(goal, "城中村改造", QUALITY, Level1.OUTPUT, Level2.QUALITY, "工程质量",
                        TargetValue.parse("验收合格"))), Amount.of("649.4"));
    }

    static IndicatorProgressReportedEvent lagging() {
        return new IndicatorProgressReportedEvent(ID, AREA, TargetValue.parse("1亩"), TargetValue.parse("5亩"),
                Outlook.LIKELY, DeviationCause.FUNDING, "征地补偿资金未到位", "协调资金，四季度完成出让", FILER);
    }

    @Test
    void aCreatedFormCarriesTheApprovedIndicatorsWithNothingReported() {
        MonitoringForm form = MonitoringForm.created(created());

        assertThat(form.status()).isEqualTo(MonitoringStatus.DRAFT);
        assertThat(form.version()).isEqualTo(1);
        assertThat(form.indicators()).extracting(MonitoredIndicator::indicatorId).containsExactly(AREA, QUALITY);
        assertThat(form.unitLight()).isEqualTo(Light.NONE);
        assertThat(form.budget().budget()).isEqualTo(Amount.of("649.4"));
    }

    @Test
    void aLaggingIndicatorTurnsTheUnitRed() {
        MonitoringForm form = MonitoringForm.created(created()).apply(lagging(), AT);

        assertThat(form.indicator(AREA).orElseThrow().light(form)).isEqualTo(Light.RED);
        assertThat(form.unitLight()).isEqualTo(Light.RED);
        assertThat(form.version()).isEqualTo(2);
    }

    @Test
    void aRedIndicatorWithoutCauseOrActionBlocksSubmission() {
        MonitoringForm form = MonitoringForm.created(created()).apply(new IndicatorProgressReportedEvent(ID, AREA,
                TargetValue.parse("1亩"), null, Outlook.LIKELY, null, "", "", FILER), AT);

        assertThat(MonitoringRules.blockingSubmission(form)).extracting(Finding::code)
                .contains(MonitoringCodes.RED_NEEDS_CAUSE, MonitoringCodes.RED_NEEDS_ACTION,
                        MonitoringCodes.PROGRESS_MISSING, MonitoringCodes.SPENT_MISSING);
    }

    @Test
    void aCompleteFormHasNothingBlockingItsSubmission() {
        MonitoringForm form = complete();

        assertThat(MonitoringRules.blockingSubmission(form)).isEmpty();
    }

    @Test
    void progressOfAnotherKindOrUnitThanTheTargetIsRefused() {
        assertThat(MonitoringRules.checkProgressInput(TargetValue.parse("=8.73亩"), TargetValue.parse("进展顺利"), null))
                .extracting(Finding::code).containsExactly(MonitoringCodes.PROGRESS_KIND_MISMATCH);
        assertThat(MonitoringRules.checkProgressInput(TargetValue.parse("=8.73亩"), TargetValue.parse("5平方米"), null))
                .extracting(Finding::code).containsExactly(MonitoringCodes.PROGRESS_UNIT_MISMATCH);
        assertThat(MonitoringRules.checkProgressInput(TargetValue.parse("=8.73亩"), TargetValue.parse("5"), null)).isEmpty();
    }

    @Test
    void aCutOffOutsideTheYearIsRefused() {
        assertThat(MonitoringRules.checkRoundInput(2020, 1, LocalDate.of(2021, 1, 31))).extracting(Finding::code)
                .containsExactly(MonitoringCodes.CUT_OFF_OUTSIDE_YEAR);
        assertThat(MonitoringRules.checkRoundInput(2020, 0, LocalDate.of(2020, 7, 31))).extracting(Finding::code)
                .containsExactly(MonitoringCodes.ROUND_NUMBER_INVALID);
    }

    @Test
    void aReturnedFormIsEditableAgainAndAnAcceptedOneIsFinal() {
        MonitoringForm returned = complete().apply(new MonitoringFormSubmittedEvent(ID, FILER), AT)
                .apply(new MonitoringFormReturnedEvent(ID, "原因说明不充分", REVIEWER), AT);
        assertThat(returned.status().isEditable()).isTrue();
        assertThat(returned.reviews()).extracting(MonitoringReview::decision).containsExactly(MonitoringDecision.RETURN);

        MonitoringForm accepted = returned.apply(new MonitoringFormSubmittedEvent(ID, FILER), AT)
                .apply(new MonitoringFormAcceptedEvent(ID, "同意", REVIEWER), AT);
        assertThat(accepted.status()).isEqualTo(MonitoringStatus.ACCEPTED);
        assertThat(accepted.status().isEditable()).isFalse();
    }

    @Test
    void everyKindOfEventIsFolded() throws Exception {
        MonitoringForm form = MonitoringForm.created(created());
        for (Class<?> type : MonitoringEvent.class.getPermittedSubclasses()) {
            MonitoringEvent event = sample(type);
            assertThat(form.apply(event, AT)).as(type.getSimpleName()).isNotNull();
        }
    }

    @Test
    void eventsAndTheFormReadBackFromJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (Class<?> type : MonitoringEvent.class.getPermittedSubclasses()) {
            MonitoringEvent event = sample(type);
            assertThat(mapper.readValue(mapper.writeValueAsString(event), type)).isEqualTo(event);
        }
        MonitoringForm form = complete();
        assertThat(mapper.readValue(mapper.writeValueAsString(form), MonitoringForm.class)).isEqualTo(form);
    }

    static MonitoringForm complete() {
        return MonitoringForm.created(created()).apply(lagging(), AT)
                .apply(new IndicatorProgressReportedEvent(ID, QUALITY, TargetValue.parse("施工中"), null,
                        Outlook.CERTAIN, null, "", "", FILER), AT)
                .apply(new BudgetExecutionReportedEvent(ID, Amount.of("400"), "", FILER), AT);
    }

    private static MonitoringEvent sample(Class<?> type) {
        if (type == MonitoringFormCreatedEvent.class) {
            return created();
        } else if (type == IndicatorProgressReportedEvent.class) {
            return lagging();
        } else if (type == BudgetExecutionReportedEvent.class) {
            return new BudgetExecutionReportedEvent(ID, Amount.of("300"), "加快支付", FILER);
        } else if (type == MonitoringFormSubmittedEvent.class) {
            return new MonitoringFormSubmittedEvent(ID, FILER);
        } else if (type == MonitoringFormReturnedEvent.class) {
            return new MonitoringFormReturnedEvent(ID, "请补充", REVIEWER);
        } else if (type == MonitoringFormAcceptedEvent.class) {
            return new MonitoringFormAcceptedEvent(ID, "同意", REVIEWER);
        } else if (type == AdjustmentRequestedEvent.class) {
            return new AdjustmentRequestedEvent(ID, DECLARATION, "征地延期，调减出让面积", FILER);
        }
        throw new AssertionError("no sample of " + type.getSimpleName());
    }
}
