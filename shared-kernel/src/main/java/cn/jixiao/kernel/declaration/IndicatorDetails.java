package cn.jixiao.kernel.declaration;

/**
 * What a project form says of an indicator beyond the department-wide one: core (核心指标, ★), how its value was
 * set, and last year's value where known (as written, may be blank).
 */
public record IndicatorDetails(IndicatorId indicatorId, boolean core, ValueBasis basis, String lastYearValue) {

    public static IndicatorDetails none(IndicatorId indicatorId) {
        return new IndicatorDetails(indicatorId, false, null, "");
    }
}
