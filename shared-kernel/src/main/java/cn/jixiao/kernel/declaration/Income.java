package cn.jixiao.kernel.declaration;

/** The income budget in 万元: the total and its four sources. */
public record Income(Amount total, Amount generalPublicBudget, Amount governmentFund, Amount nonTaxRevenue, Amount other) {

    public static final Income EMPTY = new Income(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);

    public Amount sumOfSources() {
        return generalPublicBudget.plus(governmentFund).plus(nonTaxRevenue).plus(other);
    }
}
