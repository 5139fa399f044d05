package cn.jixiao.kernel.declaration;

/** The three budget tables of the form. */
public record Budget(Income income, Expenditure expenditure, ThreePublic threePublic) {

    public static final Budget EMPTY = new Budget(Income.EMPTY, Expenditure.EMPTY, ThreePublic.EMPTY);
}
