package cn.jixiao.kernel.declaration;

/** Which of the form's goals is the project's medium-term target and which its annual one. */
public record ProjectTarget(GoalId goalId, TargetTerm term) {
}
