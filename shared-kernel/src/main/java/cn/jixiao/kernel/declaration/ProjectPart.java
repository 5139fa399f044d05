package cn.jixiao.kernel.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sections only a project form has. Its targets are ordinary goals of the form (so the indicator tree, its
 * rules, diffs and comparisons are shared); this part only records which goal is which target and each
 * indicator's project details. {@link DeclarationForm} folds it; a department-wide form has none (null).
 */
public record ProjectPart(ProjectInfo info, ProjectFunds funds, ProjectRationale rationale,
                          List<ProjectTarget> targets, List<IndicatorDetails> details) {

    public static final ProjectPart EMPTY = new ProjectPart(ProjectInfo.EMPTY, ProjectFunds.EMPTY,
            ProjectRationale.EMPTY, List.of(), List.of());

    public ProjectPart {
        info = info != null ? info : ProjectInfo.EMPTY;
        funds = funds != null ? funds : ProjectFunds.EMPTY;
        rationale = rationale != null ? rationale : ProjectRationale.EMPTY;
        targets = List.copyOf(targets);
        details = List.copyOf(details);
    }

    /** The goal that is the target of that term, if the form has one. */
    public Optional<GoalId> goalOf(TargetTerm term) {
        return targets.stream().filter(t -> t.term() == term).map(ProjectTarget::goalId).findFirst();
    }

    public Optional<TargetTerm> termOf(GoalId goalId) {
        return targets.stream().filter(t -> t.goalId().equals(goalId)).map(ProjectTarget::term).findFirst();
    }

    /** An indicator's details; one never given is not core, with no basis and no last year's value. */
    public IndicatorDetails detailsOf(IndicatorId indicatorId) {
        return details.stream().filter(d -> d.indicatorId().equals(indicatorId)).findFirst()
                .orElseGet(() -> IndicatorDetails.none(indicatorId));
    }

    ProjectPart withInfo(ProjectInfo next) {
        return new ProjectPart(next, funds, rationale, targets, details);
    }

    ProjectPart withFunds(ProjectFunds next) {
        return new ProjectPart(info, next, rationale, targets, details);
    }

    ProjectPart withRationale(ProjectRationale next) {
        return new ProjectPart(info, funds, next, targets, details);
    }

    ProjectPart withTarget(GoalId goalId, TargetTerm term) {
        List<ProjectTarget> list = new ArrayList<>(targets);
        list.add(new ProjectTarget(goalId, term));
        return new ProjectPart(info, funds, rationale, list, details);
    }

    ProjectPart withDetails(IndicatorDetails next) {
        List<IndicatorDetails> list = new ArrayList<>(details.stream()
                .filter(d -> !d.indicatorId().equals(next.indicatorId())).toList());
        list.add(next);
        return new ProjectPart(info, funds, rationale, targets, list);
    }

    /** A removed goal takes its target entry and its indicators' details with it. */
    ProjectPart keepingOnly(List<Goal> goals) {
        List<ProjectTarget> kept = targets.stream()
                .filter(t -> goals.stream().anyMatch(g -> g.id().equals(t.goalId()))).toList();
        List<IndicatorDetails> keptDetails = details.stream()
                .filter(d -> goals.stream().anyMatch(g -> g.indicator(d.indicatorId()).isPresent())).toList();
        return new ProjectPart(info, funds, rationale, kept, keptDetails);
    }
}
