package cn.jixiao.kernel.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The whole form as the events have made it. The one fold of {@link DeclarationEvent}s used by the aggregate,
 * the projections and time travel, so all three see the same form. Absent text is {@code ""}, absent amounts are
 * zero (an empty cell is zero), absent staff counts are null.
 * <p>
 * A project form ({@link DeclarationKind#PROJECT}) also has its {@link ProjectPart}; a department-wide form has
 * none ({@code project} null). Both share the goals and their indicator trees.
 */
public record DeclarationForm(DeclarationId id, int year, DeclarationKind kind, Edition edition, Unit unit,
                              String filingUnit, String leader, Contact contact, Staffing staffing,
                              String functions, Income income, Expenditure expenditure, ThreePublic threePublic,
                              String overallGoal, List<Goal> goals, String notes, ProjectPart project) {

    public static final Contact NO_CONTACT = new Contact("", "");
    public static final Staffing NO_STAFFING = new Staffing(null, null);

    public DeclarationForm {
        Objects.requireNonNull(id, "id");
        goals = List.copyOf(goals);
    }

    /** A department-wide form: no project part. */
    public DeclarationForm(DeclarationId id, int year, DeclarationKind kind, Edition edition, Unit unit,
                           String filingUnit, String leader, Contact contact, Staffing staffing, String functions,
                           Income income, Expenditure expenditure, ThreePublic threePublic, String overallGoal,
                           List<Goal> goals, String notes) {
        this(id, year, kind, edition, unit, filingUnit, leader, contact, staffing, functions, income, expenditure,
                threePublic, overallGoal, goals, notes, null);
    }

    public static DeclarationForm created(DeclarationCreatedEvent e) {
        Edition edition = e.edition() != null ? e.edition() : Edition.defaultFor(e.year());
        return new DeclarationForm(e.declarationId(), e.year(), e.kind(), edition, e.unit(), text(e.filingUnit()),
                text(e.leader()), NO_CONTACT, NO_STAFFING, "", Income.EMPTY, Expenditure.EMPTY, ThreePublic.EMPTY,
                "", List.of(), "", e.kind() == DeclarationKind.PROJECT ? ProjectPart.EMPTY : null);
    }

    /** Folds all events of one stream, the created event first. */
    public static DeclarationForm replay(List<? extends DeclarationEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof DeclarationCreatedEvent created)) {
            throw new IllegalArgumentException("a declaration's stream starts with DeclarationCreatedEvent");
        }
        DeclarationForm form = created(created);
        for (DeclarationEvent event : events.subList(1, events.size())) {
            form = form.apply(event);
        }
        return form;
    }

    /**
     * The form after {@code event}. Lifecycle events leave the form as it is. Java 17 has no pattern switch, so
     * this is an instanceof chain over the sealed {@link DeclarationEvent}; a test applies every permitted
     * subclass, so a new event without a branch fails the build instead of being skipped.
     */
    public DeclarationForm apply(DeclarationEvent event) {
        if (event instanceof DeclarationCreatedEvent e) {
            return created(e);
        } else if (event instanceof BasicInfoUpdatedEvent e) {
            return withBasicInfo(e);
        } else if (event instanceof FunctionsUpdatedEvent e) {
            return with(f -> f.functions(text(e.text())));
        } else if (event instanceof BudgetUpdatedEvent e) {
            return withBudget(e);
        } else if (event instanceof OverallGoalUpdatedEvent e) {
            return with(f -> f.overallGoal(text(e.text())));
        } else if (event instanceof NotesUpdatedEvent e) {
            return with(f -> f.notes(text(e.text())));
        } else if (event instanceof GoalAddedEvent e) {
            return withGoals(appended(new Goal(e.goalId(), text(e.description()), List.of())));
        } else if (event instanceof GoalRevisedEvent e) {
            return changingGoal(e.goalId(), goal -> goal.describedAs(text(e.description())));
        } else if (event instanceof GoalRemovedEvent e) {
            return withGoals(goals.stream().filter(goal -> !goal.id().equals(e.goalId())).toList());
        } else if (event instanceof ProjectTargetAddedEvent e) {
            return withGoals(appended(new Goal(e.goalId(), text(e.description()), List.of())))
                    .withProject(p -> p.withTarget(e.goalId(), e.term()));
        } else if (event instanceof ProjectInfoUpdatedEvent e) {
            return withProject(p -> p.withInfo(e.info()));
        } else if (event instanceof ProjectFundsUpdatedEvent e) {
            return withProject(p -> p.withFunds(e.funds()));
        } else if (event instanceof ProjectRationaleUpdatedEvent e) {
            return withProject(p -> p.withRationale(e.rationale()));
        } else if (event instanceof IndicatorDetailsSetEvent e) {
            return withProject(p -> p.withDetails(
                    new IndicatorDetails(e.indicatorId(), e.core(), e.basis(), text(e.lastYearValue()))));
        } else if (event instanceof IndicatorAddedEvent e) {
            return changingGoal(e.goalId(), goal -> goal.with(
                    new Indicator(e.indicatorId(), e.level1(), e.level2(), text(e.name()), e.target())));
        } else if (event instanceof IndicatorRevisedEvent e) {
            return changingGoal(e.goalId(), goal -> goal.replacing(e.indicatorId(),
                    old -> new Indicator(old.id(), e.level1(), e.level2(), text(e.name()), e.target())));
        } else if (event instanceof IndicatorRemovedEvent e) {
            return changingGoal(e.goalId(), goal -> goal.without(e.indicatorId()));
        } else if (isLifecycle(event)) {
            return this;
        }
        throw new IllegalStateException("DeclarationForm does not fold " + event.getClass().getSimpleName());
    }

    /** Review and approval change the status, which is not part of the form. */
    private static boolean isLifecycle(DeclarationEvent event) {
        return event instanceof DeclarationSubmittedEvent || event instanceof BusinessReviewPassedEvent
                || event instanceof DeclarationReturnedEvent || event instanceof DeclarationApprovedEvent
                || event instanceof AdjustmentStartedEvent || event instanceof ApprovedOnPaperRecordedEvent
                || event instanceof CompetentReviewRequestedEvent || event instanceof CompetentReviewPassedEvent;
    }

    public Optional<Goal> goal(GoalId goalId) {
        return goals.stream().filter(goal -> goal.id().equals(goalId)).findFirst();
    }

    /** 目标N: the 1-based position of the goal, as the form numbers it. */
    public OptionalInt goalNumber(GoalId goalId) {
        return IntStream.range(0, goals.size()).filter(i -> goals.get(i).id().equals(goalId)).map(i -> i + 1).findFirst();
    }

    public Optional<Indicator> indicator(GoalId goalId, IndicatorId indicatorId) {
        return goal(goalId).flatMap(goal -> goal.indicator(indicatorId));
    }

    public int indicatorCount() {
        return goals.stream().mapToInt(goal -> goal.indicators().size()).sum();
    }

    private DeclarationForm withBasicInfo(BasicInfoUpdatedEvent e) {
        return new DeclarationForm(id, year, kind, edition, unit, text(e.filingUnit()), text(e.leader()),
                e.contact() != null ? e.contact() : NO_CONTACT, e.staffing() != null ? e.staffing() : NO_STAFFING,
                functions, income, expenditure, threePublic, overallGoal, goals, notes, project);
    }

    private DeclarationForm withBudget(BudgetUpdatedEvent e) {
        return new DeclarationForm(id, year, kind, edition, unit, filingUnit, leader, contact, staffing, functions,
                e.income() != null ? e.income() : Income.EMPTY,
                e.expenditure() != null ? e.expenditure() : Expenditure.EMPTY,
                e.threePublic() != null ? e.threePublic() : ThreePublic.EMPTY, overallGoal, goals, notes, project);
    }

    private DeclarationForm withGoals(List<Goal> newGoals) {
        return new DeclarationForm(id, year, kind, edition, unit, filingUnit, leader, contact, staffing, functions,
                income, expenditure, threePublic, overallGoal, newGoals, notes,
                project == null ? null : project.keepingOnly(newGoals));
    }

    private List<Goal> appended(Goal goal) {
        List<Goal> list = new ArrayList<>(goals);
        list.add(goal);
        return list;
    }

    /** An event about a goal that is not there changes nothing: the aggregate refused such commands already. */
    private DeclarationForm changingGoal(GoalId goalId, UnaryOperator<Goal> change) {
        return withGoals(goals.stream().map(goal -> goal.id().equals(goalId) ? change.apply(goal) : goal).toList());
    }

    private DeclarationForm with(UnaryOperator<TextFields> change) {
        TextFields t = change.apply(new TextFields(functions, overallGoal, notes));
        return new DeclarationForm(id, year, kind, edition, unit, filingUnit, leader, contact, staffing, t.functions,
                income, expenditure, threePublic, t.overallGoal, goals, t.notes, project);
    }

    /**
     * A project event on a form that is not a project's changes nothing (the aggregate refuses such commands);
     * so a department-wide form keeps no project part whatever its stream holds.
     */
    private DeclarationForm withProject(UnaryOperator<ProjectPart> change) {
        if (project == null) {
            return this;
        }
        return new DeclarationForm(id, year, kind, edition, unit, filingUnit, leader, contact, staffing, functions,
                income, expenditure, threePublic, overallGoal, goals, notes, change.apply(project));
    }

    /**
     * The declaration this one compares with a year later: the same unit's of the year before, for a project the
     * same project's (by its code). Empty when the form names no unit (or no project code).
     */
    public Optional<DeclarationId> previousYearId() {
        if (unit == null || unit.code() == null) {
            return Optional.empty();
        }
        if (project != null) {
            return project.info().code().isBlank() ? Optional.empty()
                    : Optional.of(DeclarationId.forProject(unit.code(), project.info().code(), year - 1));
        }
        return Optional.of(DeclarationId.forUnit(unit.code(), year - 1, kind));
    }

    public boolean hasProjectPart() {
        return project != null;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The free-text sections, so each text event changes one of them without repeating the whole constructor. */
    private record TextFields(String functions, String overallGoal, String notes) {
        TextFields functions(String value) {
            return new TextFields(value, overallGoal, notes);
        }

        TextFields overallGoal(String value) {
            return new TextFields(functions, value, notes);
        }

        TextFields notes(String value) {
            return new TextFields(functions, overallGoal, value);
        }
    }
}
