package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.declaration.rules.RuleCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetValueParserTest {

    @Test
    void parsesAreaWithEquals() {
        assertParsed("=8.73亩", Comparator.EQ, "8.73", "亩");
    }

    @Test
    void parsesAtLeastPercentage() {
        assertParsed("≥90%", Comparator.GE, "90", "%");
    }

    @Test
    void parsesCostCeilingWithFourDecimals() {
        assertParsed("≤296.8725万元", Comparator.LE, "296.8725", "万元");
    }

    @Test
    void parsesPerHeadCost() {
        assertParsed("≤6万元/人", Comparator.LE, "6", "万元/人");
    }

    @Test
    void parsesCountWithCompoundUnit() {
        assertParsed("=4个社区", Comparator.EQ, "4", "个社区");
    }

    @Test
    void parsesAtLeastTimes() {
        assertParsed("≥12次", Comparator.GE, "12", "次");
    }

    @Test
    void parsesQualitativeTextWithoutComparator() {
        assertThat(TargetValue.parse("全年"))
                .isEqualTo(new TargetValue("全年", null, null, null, TargetKind.QUALITATIVE));
        assertThat(TargetValue.parse("是").kind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(TargetValue.parse("有效提高").kind()).isEqualTo(TargetKind.QUALITATIVE);
    }

    @Test
    void keepsTheComparatorOfQualitativeText() {
        assertThat(TargetValue.parse("=全年"))
                .isEqualTo(new TargetValue("=全年", Comparator.EQ, null, null, TargetKind.QUALITATIVE));
    }

    @ParameterizedTest
    @CsvSource({
            "'>=90%', GE, 90, %",
            "'<=35万元', LE, 35, 万元",
            "'＞＝９０％', GE, 90, %",
            "'＜＝35万元', LE, 35, 万元",
            "'＜5次', LT, 5, 次",
            "'＞5次', GT, 5, 次",
            "'＝4个社区', EQ, 4, 个社区",
            "'≥９０％', GE, 90, %",
            "'≥90％', GE, 90, %",
            "' ≥ 90 % ', GE, 90, %",
            "'≧95%', GE, 95, %",
            "'90%以上', GE, 90, %",
            "'100', , 100, ",
            "'不低于90%', GE, 90, %",
            "'不少于12次', GE, 12, 次",
            "'不超过35万元', LE, 35, 万元",
            "'不低于95%以上', GE, 95, %",
            "'低于5%', LT, 5, %",
            "'≤1,200.5万元', LE, 1200.5, 万元",
    })
    void acceptsOtherSpellingsOfTheSameTarget(String text, Comparator comparator, String value, String unit) {
        TargetValue target = TargetValue.parse(text);
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualByComparingTo(value);
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.kind()).isEqualTo(TargetKind.QUANTITATIVE);
    }

    @Test
    void keepsTheOriginalTextWithoutSurroundingWhitespace() {
        assertThat(TargetValue.parse("  ＞＝９０％\n").text()).isEqualTo("＞＝９０％");
    }

    @Test
    void readsADateLikePhraseAsQualitative() {
        assertThat(TargetValue.parse("2020年12月底前").kind()).isEqualTo(TargetKind.QUALITATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "　"})
    void refusesAnEmptyTargetWithItsRuleCode(String text) {
        assertThatThrownBy(() -> TargetValue.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOf(TargetValue.EmptyTargetException.class)
                .hasMessageContaining("目标值不能为空")
                .extracting(e -> ((CodedViolation) e).code()).isEqualTo(RuleCodes.TARGET_MISSING);
    }

    @Test
    void refusesANullTarget() {
        assertThatThrownBy(() -> TargetValue.parse(null)).isInstanceOf(TargetValue.EmptyTargetException.class);
    }

    @Test
    void refusesAComparatorAlone() {
        assertThatThrownBy(() -> TargetValue.parse("≥")).isInstanceOf(TargetValue.EmptyTargetException.class);
    }

    static Stream<String> seedTargets() {
        return SeedForm.targetTexts().stream();
    }

    @ParameterizedTest
    @MethodSource("seedTargets")
    void parsesEveryTargetOfTheSeedFormKeepingItsText(String text) {
        TargetValue target = TargetValue.parse(text);
        assertThat(target.text()).isEqualTo(text);
        assertThat(target.kind()).isNotNull();
        if (target.isQuantitative()) {
            assertThat(target.value()).isNotNull();
            assertThat(target.comparator()).isNotNull();
        } else {
            assertThat(target.value()).isNull();
            assertThat(target.unit()).isNull();
        }
    }

    @Test
    void readsTheSeedFormTargetsAsTheFormMeansThem() {
        List<String> qualitative = seedTargets().filter(t -> !TargetValue.parse(t).isQuantitative()).toList();
        assertThat(qualitative).containsExactly("有效提高", "有明显改善", "有效提高", "有效提升", "全年", "=全年", "是");
        assertThat(seedTargets().map(TargetValue::parse).filter(TargetValue::isQuantitative).map(TargetValue::unit))
                .containsOnly("亩", "%", "万元", "个社区", "人", "万元/人", "次", "万元/社区");
        assertParsed("≤10万元/社区", Comparator.LE, "10", "万元/社区");
        assertParsed("=25人", Comparator.EQ, "25", "人");
        assertParsed("≤42.8万元", Comparator.LE, "42.8", "万元");
    }

    private static void assertParsed(String text, Comparator comparator, String value, String unit) {
        assertThat(TargetValue.parse(text))
                .isEqualTo(new TargetValue(text, comparator, new BigDecimal(value), unit, TargetKind.QUANTITATIVE));
    }
}
