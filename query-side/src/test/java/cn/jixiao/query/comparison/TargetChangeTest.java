package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.query.comparison.IndicatorChanges.TargetChange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TargetChangeTest {

    @Test
    void aHigherAtLeastTargetIsRaised() {
        assertThat(change("≥90%", "≥95%")).isEqualTo(TargetChange.RAISED);
        assertThat(change("≥90%", "≥85%")).isEqualTo(TargetChange.LOWERED);
    }

    @Test
    void aLowerAtMostTargetIsRaised() {
        assertThat(change("≤296.8725万元", "≤280万元")).isEqualTo(TargetChange.RAISED);
        assertThat(change("≤6万元/人", "≤7万元/人")).isEqualTo(TargetChange.LOWERED);
    }

    @Test
    void theSameNumberIsUnchangedWhateverTheComparator() {
        assertThat(change("=4个社区", "=4个社区")).isEqualTo(TargetChange.UNCHANGED);
        assertThat(change("≥12次", "≥12.0次")).isEqualTo(TargetChange.UNCHANGED);
    }

    @Test
    void withoutADirectionOrWithAnotherUnitADifferentNumberIsOnlyChanged() {
        assertThat(change("=8.73亩", "=10亩")).isEqualTo(TargetChange.CHANGED);
        assertThat(change("≥90%", "≤95%")).isEqualTo(TargetChange.CHANGED);
        assertThat(change("≥12次", "≥12个")).isEqualTo(TargetChange.CHANGED);
    }

    @Test
    void percentChangeIsRoundedToTwoDecimalsAndAbsentWithoutABase() {
        BudgetChange grown = BudgetChange.of("income.total", "收入合计", new BigDecimal("3"), new BigDecimal("4"));
        BudgetChange fromNothing = BudgetChange.of("income.other", "其他资金", BigDecimal.ZERO, new BigDecimal("4.5"));

        assertThat(grown.change()).isEqualTo("1");
        assertThat(grown.percent()).isEqualTo("33.33");
        assertThat(fromNothing.change()).isEqualTo("4.5");
        assertThat(fromNothing.percent()).isNull();
    }

    private static TargetChange change(String before, String after) {
        return IndicatorChanges.change(TargetValue.parse(before), TargetValue.parse(after));
    }
}
