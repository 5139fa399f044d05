package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * One budget line of two years, in 万元: {@code change} is {@code to - from}, {@code percent} is that change in
 * percent of {@code from}, rounded to two decimals, and null when {@code from} is zero (no base to compare with).
 */
public record BudgetChange(String field, String label, String from, String to, String change, String percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Line(String field, String label, Function<DeclarationForm, Amount> amount) {
    }

    /** The lines of the form's three budget tables, in the order the form prints them. */
    private static final List<Line> LINES = List.of(
            new Line("income.total", "收入合计", f -> f.income().total()),
            new Line("income.generalPublicBudget", "一般公共预算", f -> f.income().generalPublicBudget()),
            new Line("income.governmentFund", "政府性基金拨款", f -> f.income().governmentFund()),
            new Line("income.nonTaxRevenue", "非税收入拨款", f -> f.income().nonTaxRevenue()),
            new Line("income.other", "其他资金", f -> f.income().other()),
            new Line("expenditure.total", "支出合计", f -> f.expenditure().total()),
            new Line("expenditure.basic", "基本支出", f -> f.expenditure().basic()),
            new Line("expenditure.project", "项目支出", f -> f.expenditure().project()),
            new Line("threePublic.total", "三公经费合计", f -> f.threePublic().total()),
            new Line("threePublic.vehicles", "公务用车运行和购置费", f -> f.threePublic().vehicles()),
            new Line("threePublic.travelAbroad", "因公出国（境）费", f -> f.threePublic().travelAbroad()),
            new Line("threePublic.reception", "公务接待费", f -> f.threePublic().reception()));

    static List<BudgetChange> between(DeclarationForm from, DeclarationForm to) {
        return LINES.stream().map(line -> of(line.field(), line.label(),
                line.amount().apply(from).value(), line.amount().apply(to).value())).toList();
    }

    static BudgetChange of(String field, String label, BigDecimal from, BigDecimal to) {
        BigDecimal change = to.subtract(from);
        String percent = from.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(from, 2, RoundingMode.HALF_UP).toPlainString();
        return new BudgetChange(field, label, plain(from), plain(to), plain(change), percent);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
