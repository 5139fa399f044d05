package cn.jixiao.kernel.declaration;

/** Every fact about a declaration. Switch over it exhaustively. */
public sealed interface DeclarationEvent permits
        DeclarationCreatedEvent, BasicInfoUpdatedEvent, FunctionsUpdatedEvent, BudgetUpdatedEvent,
        OverallGoalUpdatedEvent, NotesUpdatedEvent, GoalAddedEvent, GoalRevisedEvent, GoalRemovedEvent,
        IndicatorAddedEvent, IndicatorRevisedEvent, IndicatorRemovedEvent, DeclarationSubmittedEvent,
        BusinessReviewPassedEvent, DeclarationReturnedEvent, DeclarationApprovedEvent, AdjustmentStartedEvent,
        ApprovedOnPaperRecordedEvent, ProjectInfoUpdatedEvent, ProjectFundsUpdatedEvent, ProjectRationaleUpdatedEvent,
        ProjectTargetAddedEvent, IndicatorDetailsSetEvent, CompetentReviewRequestedEvent, CompetentReviewPassedEvent {

    DeclarationId declarationId();
}
