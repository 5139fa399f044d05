package cn.jixiao.kernel.declaration;

/** The expenditure budget in 万元: the total, basic and project. */
public record Expenditure(Amount total, Amount basic, Amount project) {

    public static final Expenditure EMPTY = new Expenditure(Amount.ZERO, Amount.ZERO, Amount.ZERO);

    public Amount sumOfParts() {
        return basic.plus(project);
    }
}
