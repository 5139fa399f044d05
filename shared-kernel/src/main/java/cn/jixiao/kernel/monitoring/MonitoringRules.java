package cn.jixiao.kernel.monitoring;

import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.TargetValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a monitoring form, one named method each, each with its stable code ({@link MonitoringCodes}).
 * {@code check*Input} finds what can never be right (refused at once, 400); {@link #blockingSubmission} what must
 * be completed before the form goes to the performance section (409 with every finding).
 */
public final class MonitoringRules {

    public static final int FIRST_ROUND = 1;
    /** Monthly monitoring is the most any bureau runs. */
    public static final int LAST_ROUND = 12;

    private MonitoringRules() {
    }

    public static List<Finding> checkRoundInput(int year, int number, LocalDate cutOff) {
        List<Finding> findings = new ArrayList<>();
        if (number < FIRST_ROUND || number > LAST_ROUND) {
            findings.add(new Finding(MonitoringCodes.ROUND_NUMBER_INVALID, "number",
                    "监控轮次须在 " + FIRST_ROUND + " 到 " + LAST_ROUND + " 之间"));
        }
        if (cutOff == null || cutOff.getYear() != year) {
            findings.add(new Finding(MonitoringCodes.CUT_OFF_OUTSIDE_YEAR, "cutOff",
                    "监控截止日期须在 " + year + " 年内"));
        }
        return findings;
    }

    /** Progress and forecast are the same kind of value as the target: a number in its unit, or text. */
    public static List<Finding> checkProgressInput(TargetValue target, TargetValue progress, TargetValue forecast) {
        List<Finding> findings = new ArrayList<>();
        sameKind(target, progress, "progress", "执行进度").ifPresent(findings::add);
        sameKind(target, forecast, "forecast", "全年预计完成值").ifPresent(findings::add);
        return findings;
    }

    /** Everything that must be filled or explained before the form is submitted. */
    public static List<Finding> blockingSubmission(MonitoringForm form) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            MonitoredIndicator row = form.indicators().get(i);
            String field = "indicators[" + i + "]";
            progressReported(row, field).ifPresent(findings::add);
            outlookGiven(row, field).ifPresent(findings::add);
            if (row.light(form) == Light.RED) {
                redHasCause(row, field).ifPresent(findings::add);
                redHasAction(row, field).ifPresent(findings::add);
            }
        }
        spentReported(form).ifPresent(findings::add);
        spentWithinBudget(form).ifPresent(findings::add);
        redBudgetHasMeasures(form).ifPresent(findings::add);
        return findings;
    }

    private static Optional<Finding> sameKind(TargetValue target, TargetValue value, String field, String what) {
        if (target == null || value == null) {
            return Optional.empty();
        }
        if (target.isQuantitative() != value.isQuantitative()) {
            return finding(MonitoringCodes.PROGRESS_KIND_MISMATCH, field, what + "须与目标值同类："
                    + (target.isQuantitative() ? "目标值为数值（" + target.text() + "），须填写数值" : "目标值为文字，须填写文字"));
        }
        if (target.unit() != null && value.unit() != null && !Objects.equals(target.unit(), value.unit())) {
            return finding(MonitoringCodes.PROGRESS_UNIT_MISMATCH, field, what + "的单位须与目标值相同（" + target.unit()
                    + "），填写的是" + value.unit());
        }
        return Optional.empty();
    }

    private static Optional<Finding> progressReported(MonitoredIndicator row, String field) {
        return row.progress() == null ? finding(MonitoringCodes.PROGRESS_MISSING, field + ".progress",
                "指标“" + row.name() + "”未填写执行进度") : Optional.empty();
    }

    private static Optional<Finding> outlookGiven(MonitoredIndicator row, String field) {
        return row.outlook() == null ? finding(MonitoringCodes.OUTLOOK_MISSING, field + ".outlook",
                "指标“" + row.name() + "”未填写能否完成目标（确定能 / 有可能 / 完全不可能）") : Optional.empty();
    }

    /** A red light is explained: one of the causes of the monitoring table, with a word on it. */
    private static Optional<Finding> redHasCause(MonitoredIndicator row, String field) {
        return row.cause() == null || row.explanation().isBlank()
                ? finding(MonitoringCodes.RED_NEEDS_CAUSE, field + ".cause", "指标“" + row.name()
                + "”亮红灯，须选择偏差原因（经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他）并说明")
                : Optional.empty();
    }

    private static Optional<Finding> redHasAction(MonitoredIndicator row, String field) {
        return row.action().isBlank() ? finding(MonitoringCodes.RED_NEEDS_ACTION, field + ".action",
                "指标“" + row.name() + "”亮红灯，须填写拟采取的纠偏措施") : Optional.empty();
    }

    private static Optional<Finding> spentReported(MonitoringForm form) {
        return form.budget().spent() == null ? finding(MonitoringCodes.SPENT_MISSING, "budget.spent",
                "未填写截至监控日的预算执行数") : Optional.empty();
    }

    private static Optional<Finding> spentWithinBudget(MonitoringForm form) {
        BudgetExecution budget = form.budget();
        return budget.spent() != null && budget.spent().compareTo(budget.budget()) > 0
                ? finding(MonitoringCodes.SPENT_EXCEEDS_BUDGET, "budget.spent", "预算执行数 " + budget.spent()
                + " 万元超过全年预算 " + budget.budget() + " 万元") : Optional.empty();
    }

    private static Optional<Finding> redBudgetHasMeasures(MonitoringForm form) {
        return form.budgetLight() == Light.RED && form.budget().measures().isBlank()
                ? finding(MonitoringCodes.BUDGET_GAP_NEEDS_MEASURES, "budget.measures", "预算执行率落后时序进度亮红灯，须说明拟采取的措施")
                : Optional.empty();
    }

    private static Optional<Finding> finding(String code, String field, String message) {
        return Optional.of(new Finding(code, field, message));
    }
}
