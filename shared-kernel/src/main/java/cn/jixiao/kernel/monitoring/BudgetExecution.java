package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.Amount;

import java.math.BigDecimal;

/**
 * Budget execution (预算执行): the year's budget from the approved declaration (its expenditure total), the amount
 * spent by the cut-off (null until reported) and what the unit will do about a gap.
 */
public record BudgetExecution(Amount budget, Amount spent, String measures) {

    BudgetExecution reported(BudgetExecutionReportedEvent e) {
        return new BudgetExecution(budget, e.spent(), e.measures() == null ? "" : e.measures().strip());
    }

    /** Spent as a percentage of the budget (one decimal), null when either is missing. */
    public BigDecimal executionRate() {
        return MonitoringLights.executionRate(budget, spent);
    }
}
