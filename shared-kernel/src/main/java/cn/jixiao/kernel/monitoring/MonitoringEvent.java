package cn.jixiao.kernel.monitoring;

/** Every fact about a monitoring form. Folded once, by {@link MonitoringForm}. */
public sealed interface MonitoringEvent permits MonitoringFormCreatedEvent, IndicatorProgressReportedEvent,
        BudgetExecutionReportedEvent, MonitoringFormSubmittedEvent, MonitoringFormReturnedEvent,
        MonitoringFormAcceptedEvent, AdjustmentRequestedEvent {

    MonitoringFormId formId();
}
