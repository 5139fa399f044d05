package cn.jixiao.kernel.monitoring;

/** Every change to a monitoring form. */
public sealed interface MonitoringCommand permits CreateMonitoringFormCommand, ReportIndicatorProgressCommand,
        ReportBudgetExecutionCommand, SubmitMonitoringFormCommand, ReviewMonitoringFormCommand,
        RecordAdjustmentRequestCommand {

    MonitoringFormId formId();
}
