package cn.jixiao.kernel.declaration;

/** A level-3 indicator (三级指标) with its place in the taxonomy and its target value. */
public record Indicator(IndicatorId id, Level1 level1, Level2 level2, String name, TargetValue target) {
}
