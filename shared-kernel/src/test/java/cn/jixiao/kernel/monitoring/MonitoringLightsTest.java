package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.TargetValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonitoringLightsTest {

    /** 31 July 2020: day 213 of 366. */
    private static final BigDecimal END_OF_JULY = MonitoringLights.timeElapsed(2020, LocalDate.of(2020, 7, 31));
    private static final LightThresholds DEFAULT = LightThresholds.DEFAULT;

    @Test
    void timeElapsedIsTheShareOfTheYearPassedAtTheCutOff() {
        assertThat(END_OF_JULY).isEqualByComparingTo("58.2");
        assertThat(MonitoringLights.timeElapsed(2021, LocalDate.of(2021, 12, 31))).isEqualByComparingTo("100.0");
    }

    @Test
    void aQuantityAtOrAheadOfTheTimeElapsedIsGreen() {
        assertThat(light("=10亩", "6亩", Outlook.CERTAIN)).isEqualTo(Light.GREEN);
    }

    @Test
    void aQuantityUpToThirtyPointsBehindIsYellow() {
        assertThat(light("=10亩", "3亩", Outlook.LIKELY)).isEqualTo(Light.YELLOW);
    }

    @Test
    void aQuantityMoreThanThirtyPointsBehindIsRed() {
        assertThat(light("=10亩", "2亩", Outlook.LIKELY)).isEqualTo(Light.RED);
    }

    @Test
    void anIndicatorJudgedImpossibleIsRedWhateverItsNumbers() {
        assertThat(light("=10亩", "9亩", Outlook.IMPOSSIBLE)).isEqualTo(Light.RED);
        assertThat(light("按时完成", null, Outlook.IMPOSSIBLE)).isEqualTo(Light.RED);
    }

    @Test
    void aPercentageTargetIsARateComparedWithAHundredNotWithTheTimeElapsed() {
        assertThat(light("≥95%", "96%", Outlook.CERTAIN)).isEqualTo(Light.GREEN);
        assertThat(light("≥95%", "60%", Outlook.LIKELY)).isEqualTo(Light.RED);
    }

    @Test
    void aCeilingIsRedOnceExceeded() {
        assertThat(light("≤100万元", "80万元", Outlook.CERTAIN)).isEqualTo(Light.GREEN);
        assertThat(light("≤100万元", "120万元", Outlook.LIKELY)).isEqualTo(Light.RED);
    }

    @Test
    void aQualitativeIndicatorShowsTheUnitsJudgement() {
        assertThat(light("按时完成", "进展顺利", Outlook.CERTAIN)).isEqualTo(Light.GREEN);
        assertThat(light("按时完成", "进展顺利", Outlook.LIKELY)).isEqualTo(Light.YELLOW);
        assertThat(light("按时完成", null, null)).isEqualTo(Light.NONE);
    }

    @Test
    void nothingReportedHasNoLight() {
        assertThat(light("=10亩", null, Outlook.CERTAIN)).isEqualTo(Light.NONE);
    }

    @Test
    void thresholdsTheTenantSetsMoveTheBoundaries() {
        LightThresholds strict = new LightThresholds(BigDecimal.ZERO, BigDecimal.TEN);
        assertThat(MonitoringLights.indicator(TargetValue.parse("=10亩"), TargetValue.parse("4亩"), Outlook.LIKELY,
                END_OF_JULY, strict)).isEqualTo(Light.RED);
        LightThresholds lenient = new LightThresholds(BigDecimal.TEN, BigDecimal.valueOf(40));
        assertThat(MonitoringLights.indicator(TargetValue.parse("=10亩"), TargetValue.parse("5亩"), Outlook.LIKELY,
                END_OF_JULY, lenient)).isEqualTo(Light.GREEN);
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new LightThresholds(BigDecimal.TEN, BigDecimal.ONE))
                .isInstanceOfSatisfying(MonitoringRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(MonitoringCodes.THRESHOLDS_INVALID));
    }

    @Test
    void budgetExecutionIsComparedWithTheTimeElapsed() {
        assertThat(MonitoringLights.budget(Amount.of("100"), Amount.of("60"), END_OF_JULY, DEFAULT)).isEqualTo(Light.GREEN);
        assertThat(MonitoringLights.budget(Amount.of("100"), Amount.of("40"), END_OF_JULY, DEFAULT)).isEqualTo(Light.YELLOW);
        assertThat(MonitoringLights.budget(Amount.of("100"), Amount.of("20"), END_OF_JULY, DEFAULT)).isEqualTo(Light.RED);
        assertThat(MonitoringLights.budget(Amount.of("100"), null, END_OF_JULY, DEFAULT)).isEqualTo(Light.NONE);
        assertThat(MonitoringLights.executionRate(Amount.of("649.4"), Amount.of("300"))).isEqualByComparingTo("46.2");
    }

    @Test
    void aUnitShowsItsWorstLight() {
        assertThat(MonitoringLights.unit(Stream.of(Light.GREEN, Light.NONE, Light.YELLOW)))
                .isEqualTo(Light.YELLOW);
        assertThat(MonitoringLights.unit(Stream.of())).isEqualTo(Light.NONE);
    }

    private static Light light(String target, String progress, Outlook outlook) {
        return MonitoringLights.indicator(TargetValue.parse(target), progress == null ? null : TargetValue.parse(progress),
                outlook, END_OF_JULY, DEFAULT);
    }
}
