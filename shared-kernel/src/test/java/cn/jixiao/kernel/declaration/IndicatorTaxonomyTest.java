package cn.jixiao.kernel.declaration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorTaxonomyTest {

    @Test
    void placesCostUnderOutputIn2020Edition() {
        assertThat(IndicatorTaxonomy.allows(Edition.E2020, Level1.OUTPUT, Level2.COST)).isTrue();
    }

    @Test
    void cannotUseCostAsLevel1In2020Edition() {
        assertThat(IndicatorTaxonomy.allows(Edition.E2020, Level1.COST, Level2.ECONOMIC_COST)).isFalse();
        assertThat(IndicatorTaxonomy.allows(Edition.E2020, Level1.COST, Level2.SOCIAL_COST)).isFalse();
        assertThat(IndicatorTaxonomy.allows(Edition.E2020, Level1.COST, Level2.ECOLOGICAL_COST)).isFalse();
    }

    @Test
    void cannotPlaceCostUnderOutputIn2021Edition() {
        assertThat(IndicatorTaxonomy.allows(Edition.E2021, Level1.OUTPUT, Level2.COST)).isFalse();
    }

    @Test
    void placesEconomicSocialAndEcologicalCostUnderCostIn2021Edition() {
        assertThat(IndicatorTaxonomy.allows(Edition.E2021, Level1.COST, Level2.ECONOMIC_COST)).isTrue();
        assertThat(IndicatorTaxonomy.allows(Edition.E2021, Level1.COST, Level2.SOCIAL_COST)).isTrue();
        assertThat(IndicatorTaxonomy.allows(Edition.E2021, Level1.COST, Level2.ECOLOGICAL_COST)).isTrue();
    }

    @Test
    void allowsTheCommonTreeInBothEditions() {
        for (Edition edition : Edition.values()) {
            for (Level2 level2 : Level2.values()) {
                boolean costOnly = level2 == Level2.COST || level2.parent() == Level1.COST;
                if (!costOnly) {
                    assertThat(IndicatorTaxonomy.allows(edition, level2.parent(), level2)).as(edition + " " + level2).isTrue();
                }
            }
        }
    }

    @Test
    void cannotPlaceALevel2UnderAnotherLevel1() {
        assertThat(IndicatorTaxonomy.allows(Edition.E2020, Level1.BENEFIT, Level2.QUANTITY)).isFalse();
        assertThat(IndicatorTaxonomy.allows(Edition.E2020, Level1.OUTPUT, Level2.SATISFACTION)).isFalse();
        assertThat(IndicatorTaxonomy.allows(Edition.E2021, Level1.SATISFACTION, Level2.SOCIAL)).isFalse();
    }

    @Test
    void allowsNothingWithoutALevel() {
        assertThat(IndicatorTaxonomy.allows(Edition.E2020, null, Level2.QUANTITY)).isFalse();
        assertThat(IndicatorTaxonomy.allows(Edition.E2020, Level1.OUTPUT, null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "产出指标, OUTPUT", "产出, OUTPUT", "效益指标, BENEFIT", "' 效益指标 ', BENEFIT",
            "满意度指标, SATISFACTION", "'满意度\n指标', SATISFACTION", "满意度, SATISFACTION", "成本指标, COST"})
    void resolvesLevel1FromTheFormsLabel(String label, Level1 expected) {
        assertThat(IndicatorTaxonomy.level1Named(label)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "OUTPUT, 数量指标, QUANTITY", "OUTPUT, 数量, QUANTITY", "OUTPUT, 质量指标, QUALITY",
            "OUTPUT, 时效指标, TIMELINESS", "OUTPUT, 成本指标, COST",
            "BENEFIT, 经济效益, ECONOMIC", "BENEFIT, 经济效益指标, ECONOMIC", "BENEFIT, 社会效益, SOCIAL",
            "BENEFIT, 生态效益, ECOLOGICAL", "BENEFIT, 环境效益, ECOLOGICAL", "BENEFIT, 环境效益指标, ECOLOGICAL",
            "BENEFIT, 可持续影响, SUSTAINABILITY", "BENEFIT, ' 可持续影响指标', SUSTAINABILITY",
            "SATISFACTION, 满意度指标, SATISFACTION", "SATISFACTION, '满意度\n指标', SATISFACTION",
            "SATISFACTION, 服务对象满意度, SATISFACTION", "SATISFACTION, 服务对象满意度指标, SATISFACTION",
            "COST, 经济成本指标, ECONOMIC_COST", "COST, 社会成本, SOCIAL_COST", "COST, 生态环境成本指标, ECOLOGICAL_COST"})
    void resolvesLevel2FromTheFormsLabel(Level1 level1, String label, Level2 expected) {
        assertThat(IndicatorTaxonomy.level2Named(level1, label)).contains(expected);
    }

    @Test
    void findsNoLevel2UnderTheWrongLevel1() {
        assertThat(IndicatorTaxonomy.level2Named(Level1.BENEFIT, "数量指标")).isEmpty();
        assertThat(IndicatorTaxonomy.level2Named("数量指标")).contains(Level2.QUANTITY);
    }

    @Test
    void findsNothingForUnknownOrEmptyNames() {
        assertThat(IndicatorTaxonomy.level1Named("绩效指标")).isEqualTo(Optional.empty());
        assertThat(IndicatorTaxonomy.level1Named(null)).isEmpty();
        assertThat(IndicatorTaxonomy.level1Named("指标")).isEmpty();
        assertThat(IndicatorTaxonomy.level2Named(Level1.OUTPUT, "")).isEmpty();
    }
}
