package cn.jixiao.kernel.evaluation;

/** Every fact about a self-evaluation. */
public sealed interface SelfEvaluationEvent permits
        SelfEvaluationStartedEvent, IndicatorResultRecordedEvent, SpendingRecordedEvent, WeightsChangedEvent,
        SelfEvaluationSubmittedEvent, SelfEvaluationPassedEvent, SelfEvaluationReturnedEvent, ScoreCorrectedEvent {

    EvaluationId evaluationId();
}
