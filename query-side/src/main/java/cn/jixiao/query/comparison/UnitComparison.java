package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.DeclarationForm;

import java.util.ArrayList;
import java.util.List;

/**
 * The approved forms of one unit compared year after year.
 *
 * @param years        the years compared: those asked for (all, without {@code years}) that have an approved form
 * @param missingYears years asked for that have no approved form
 * @param comparisons  each year against the one before it in {@code years}
 */
public record UnitComparison(String unitCode, String unitName, List<Integer> years, List<Integer> missingYears,
                             List<YearComparison> comparisons) {

    public record YearComparison(int fromYear, int toYear, List<BudgetChange> budget, IndicatorChanges indicators) {
    }

    /** {@code approved} holds at least one form, oldest year first. */
    static UnitComparison of(String unitCode, List<DeclarationForm> approved, List<Integer> missingYears) {
        List<YearComparison> comparisons = new ArrayList<>();
        for (int i = 1; i < approved.size(); i++) {
            DeclarationForm from = approved.get(i - 1);
            DeclarationForm to = approved.get(i);
            comparisons.add(new YearComparison(from.year(), to.year(), BudgetChange.between(from, to),
                    IndicatorChanges.between(from, to)));
        }
        DeclarationForm latest = approved.get(approved.size() - 1);
        return new UnitComparison(unitCode, latest.unit() == null ? null : latest.unit().name(),
                approved.stream().map(DeclarationForm::year).toList(), missingYears, comparisons);
    }
}
