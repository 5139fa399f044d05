package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.ThreePublic;

/** The five budget figures the dashboard sums, in 万元, exact. */
public record BudgetFigures(Amount income, Amount expenditure, Amount basic, Amount project, Amount threePublic) {

    public static final BudgetFigures ZERO = new BudgetFigures(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);

    /** An absent table is all empty cells, and an empty cell is zero. */
    public static BudgetFigures of(Income income, Expenditure expenditure, ThreePublic threePublic) {
        Income i = income == null ? Income.EMPTY : income;
        Expenditure e = expenditure == null ? Expenditure.EMPTY : expenditure;
        ThreePublic t = threePublic == null ? ThreePublic.EMPTY : threePublic;
        return new BudgetFigures(i.total(), e.total(), e.basic(), e.project(), t.total());
    }

    public BudgetFigures plus(BudgetFigures other) {
        return new BudgetFigures(income.plus(other.income), expenditure.plus(other.expenditure),
                basic.plus(other.basic), project.plus(other.project), threePublic.plus(other.threePublic));
    }
}
