package cn.jixiao.kernel.evaluation;

import cn.jixiao.kernel.declaration.Level1;

/**
 * The points of each category (一级指标) and of the budget's execution rate, out of 100. Default (财预〔2020〕10号):
 * output 50, benefit 30, satisfaction 10, execution rate 10; a 2021-edition form with cost as its own level 1 gives
 * cost 10 of output's 50. The unit may change them; they always sum to 100 (checked by {@link EvaluationRules}).
 */
public record Weights(int output, int benefit, int satisfaction, int cost, int executionRate) {

    public static final int TOTAL = 100;
    public static final Weights DEFAULT = new Weights(50, 30, 10, 0, 10);
    public static final Weights DEFAULT_WITH_COST = new Weights(40, 30, 10, 10, 10);

    public static Weights defaultFor(boolean costIsItsOwnCategory) {
        return costIsItsOwnCategory ? DEFAULT_WITH_COST : DEFAULT;
    }

    public int of(Level1 level1) {
        return switch (level1) {
            case OUTPUT -> output;
            case BENEFIT -> benefit;
            case SATISFACTION -> satisfaction;
            case COST -> cost;
        };
    }

    public int sum() {
        return output + benefit + satisfaction + cost + executionRate;
    }
}
