package cn.jixiao.kernel.declaration;

/**
 * A project's funds in 万元: the year's total and, of it, the fiscal appropriation (财政拨款), other funds (其他资金)
 * and what was carried over from last year (上年结转); for a continuing project last year's budget and amount
 * spent (null when not given). An empty cell is zero.
 */
public record ProjectFunds(Amount total, Amount fiscal, Amount other, Amount carriedOver, Amount lastYearBudget,
                           Amount lastYearSpent) {

    public static final ProjectFunds EMPTY = new ProjectFunds(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO,
            null, null);

    public ProjectFunds {
        total = orZero(total);
        fiscal = orZero(fiscal);
        other = orZero(other);
        carriedOver = orZero(carriedOver);
    }

    public Amount sumOfSources() {
        return fiscal.plus(other).plus(carriedOver);
    }

    private static Amount orZero(Amount amount) {
        return amount != null ? amount : Amount.ZERO;
    }
}
