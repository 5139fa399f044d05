package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.declaration.rules.RuleCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class AmountBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e1000000", "1E+1000000", "1e100000", "1e13", "1000000000000", "1e2147483648"})
    void anAmountBeyondAnyBudgetIsRefusedAtOnceWithoutWritingItOut(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> Amount.of(text))
                        .isInstanceOfSatisfying(Amount.InvalidAmountException.class,
                                e -> assertThat(e.code()).isEqualTo(RuleCodes.AMOUNT_TOO_LARGE))
                        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200)));
    }

    @Test
    void aFiveThousandDigitAmountIsRefused() {
        assertThatThrownBy(() -> Amount.of("9".repeat(5000)))
                .isInstanceOfSatisfying(Amount.InvalidAmountException.class,
                        e -> assertThat(e.code()).isEqualTo(RuleCodes.AMOUNT_TOO_LARGE));
        assertThatThrownBy(() -> Amount.of(new BigDecimal("9".repeat(5000))))
                .isInstanceOfSatisfying(Amount.InvalidAmountException.class,
                        e -> assertThat(e.code()).isEqualTo(RuleCodes.AMOUNT_TOO_LARGE));
    }

    @Test
    void theLargestAmountAFormCanHoldIsAccepted() {
        assertThat(Amount.of("999999999999.9999")).hasToString("999999999999.9999");
        assertThat(Amount.of("1.5e3")).hasToString("1500");
    }

    @Test
    void sumsOfLargestAmountsStillAddUp() {
        Amount max = Amount.of("999999999999.9999");
        assertThat(max.plus(max).plus(max)).hasToString("2999999999999.9997");
    }

    @ParameterizedTest
    @ValueSource(strings = {"１２３", "١٢٣", "۱۲۳", "１2", "12 3", "0x10", "NaN", "Infinity", "1e", "."})
    void digitsOtherThanHalfWidthAsciiAreNoAmount(String text) {
        assertThatThrownBy(() -> Amount.of(text))
                .isInstanceOfSatisfying(Amount.InvalidAmountException.class,
                        e -> assertThat(e.code()).isEqualTo(RuleCodes.AMOUNT_NOT_A_NUMBER));
    }

    @Test
    void aTinyExponentIsRefusedForItsDecimals() {
        assertThatThrownBy(() -> Amount.of("1e-1000000"))
                .isInstanceOfSatisfying(Amount.InvalidAmountException.class,
                        e -> assertThat(e.code()).isEqualTo(RuleCodes.AMOUNT_SCALE));
    }

    @Test
    void aTargetNumberWithoutEndIsRefused() {
        assertThatThrownBy(() -> TargetValue.parse("≥" + "9".repeat(400) + "%"))
                .isInstanceOfSatisfying(TargetValue.TargetOutOfRangeException.class,
                        e -> assertThat(e.code()).isEqualTo(RuleCodes.TARGET_OUT_OF_RANGE));
        assertThatThrownBy(() -> TargetValue.parse("好".repeat(501)))
                .isInstanceOf(TargetValue.TargetOutOfRangeException.class);
        assertThat(TargetValue.parse("≥95%").value()).isEqualByComparingTo("95");
    }
}
