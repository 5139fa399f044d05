package cn.jixiao.kernel.declaration;

/** Every change a filer or reviewer asks for. */
public sealed interface DeclarationCommand permits
        CreateDeclarationCommand, UpdateBasicInfoCommand, UpdateFunctionsCommand, UpdateBudgetCommand,
        UpdateOverallGoalCommand, UpdateNotesCommand, AddGoalCommand, ReviseGoalCommand, RemoveGoalCommand,
        AddIndicatorCommand, ReviseIndicatorCommand, RemoveIndicatorCommand, SubmitDeclarationCommand,
        ReviewAsBusinessSectionCommand, ApproveDeclarationCommand, ReturnDeclarationCommand,
        StartAdjustmentCommand, RecordApprovedOnPaperCommand, CreateProjectDeclarationCommand,
        UpdateProjectInfoCommand, UpdateProjectFundsCommand, UpdateProjectRationaleCommand, AddProjectTargetCommand,
        AddProjectIndicatorCommand, SetIndicatorDetailsCommand, ReviewAsCompetentDepartmentCommand {

    DeclarationId declarationId();
}
