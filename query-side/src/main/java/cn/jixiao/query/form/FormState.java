package cn.jixiao.query.form;

import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.IndicatorDetails;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.ProjectPart;
import cn.jixiao.kernel.declaration.ProjectTarget;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.query.form.FormView.GoalView;
import cn.jixiao.query.form.FormView.IndicatorView;
import cn.jixiao.query.form.FormView.ProjectView;
import cn.jixiao.query.form.FormView.TargetView;
import org.axonframework.eventhandling.DomainEventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The one fold of the read side: the kernel's {@link DeclarationForm} plus the {@link Lifecycle}. The projection,
 * time travel and revisions all fold with it and map with {@link #view()}, so they cannot disagree.
 */
public record FormState(DeclarationForm form, Lifecycle lifecycle) {

    public static FormState created(DeclarationCreatedEvent event, Instant at) {
        return new FormState(DeclarationForm.created(event), Lifecycle.created(at));
    }

    /** Starts or continues the fold with one stored event. */
    public static FormState fold(FormState state, DomainEventMessage<?> message) {
        DeclarationEvent event = (DeclarationEvent) message.getPayload();
        if (state == null) {
            if (!(event instanceof DeclarationCreatedEvent created)) {
                throw new IllegalStateException("a declaration's stream starts with DeclarationCreatedEvent, not "
                        + event.getClass().getSimpleName() + " at " + message.getSequenceNumber());
            }
            return created(created, message.getTimestamp());
        }
        return state.apply(event, message.getSequenceNumber(), message.getTimestamp());
    }

    public FormState apply(DeclarationEvent event, long sequence, Instant at) {
        return new FormState(form.apply(event), lifecycle.apply(event, sequence, at));
    }

    public long version() {
        return lifecycle.version();
    }

    /** The mapping to the api.md shape; the only one. */
    public FormView view() {
        List<Goal> goals = form.goals();
        List<GoalView> goalViews = IntStream.range(0, goals.size())
                .mapToObj(i -> goalView(form.project(), goals.get(i), i + 1)).toList();
        ProjectPart project = form.project();
        return new FormView(form.id().value(), form.year(), form.kind(), lifecycle.status(), lifecycle.version(),
                lifecycle.revision(), form.edition(), form.unit(), form.filingUnit(), form.leader(), form.contact(),
                form.staffing(), form.functions(), form.income(), form.expenditure(), form.threePublic(),
                form.overallGoal(), goalViews, form.notes(), lifecycle.reviews(),
                IsoTimes.format(lifecycle.updatedAt()),
                project == null ? null : new ProjectView(project.info(), project.funds(), project.rationale()));
    }

    /** The inverse of {@link #view()}: lets the projection continue the fold from what it stored. */
    public static FormState of(FormView view) {
        DeclarationForm form = new DeclarationForm(DeclarationId.of(view.id()), view.year(), view.kind(),
                view.edition(), view.unit(), view.filingUnit(), view.leader(), view.contact(), view.staffing(),
                view.functions(), view.income(), view.expenditure(), view.threePublic(), view.overallGoal(),
                view.goals().stream().map(FormState::goal).toList(), view.notes(), projectOf(view));
        Lifecycle lifecycle = new Lifecycle(view.status(), view.revision(), view.reviews(), view.version(),
                Instant.parse(view.updatedAt()));
        return new FormState(form, lifecycle);
    }

    private static GoalView goalView(ProjectPart project, Goal goal, int number) {
        return new GoalView(goal.id().value(), number, goal.description(),
                goal.indicators().stream().map(indicator -> indicatorView(project, indicator)).toList(),
                project == null ? null : project.termOf(goal.id()).orElse(null));
    }

    private static IndicatorView indicatorView(ProjectPart project, Indicator indicator) {
        TargetValue t = indicator.target();
        TargetView target = t == null ? null : new TargetView(t.text(), t.comparator(),
                t.value() == null ? null : t.value().toPlainString(), t.unit(), t.kind());
        if (project == null) {
            return new IndicatorView(indicator.id().value(), indicator.level1(), indicator.level2(), indicator.name(),
                    target, null, null, null);
        }
        IndicatorDetails details = project.detailsOf(indicator.id());
        return new IndicatorView(indicator.id().value(), indicator.level1(), indicator.level2(), indicator.name(),
                target, details.core(), details.basis(), details.lastYearValue());
    }

    /** The project part as the view keeps it: its sections, each goal's term and each indicator's details. */
    private static ProjectPart projectOf(FormView view) {
        if (view.project() == null) {
            return null;
        }
        List<ProjectTarget> targets = view.goals().stream().filter(goal -> goal.term() != null)
                .map(goal -> new ProjectTarget(GoalId.of(goal.id()), goal.term())).toList();
        List<IndicatorDetails> details = view.goals().stream().flatMap(goal -> goal.indicators().stream())
                .filter(indicator -> indicator.core() != null)
                .map(indicator -> new IndicatorDetails(IndicatorId.of(indicator.id()), indicator.core(),
                        indicator.basis(), indicator.lastYearValue())).toList();
        ProjectView p = view.project();
        return new ProjectPart(p.info(), p.funds(), p.rationale(), targets, details);
    }

    private static Goal goal(GoalView view) {
        return new Goal(GoalId.of(view.id()), view.description(),
                view.indicators().stream().map(FormState::indicator).toList());
    }

    private static Indicator indicator(IndicatorView view) {
        TargetView t = view.target();
        TargetValue target = t == null ? null : new TargetValue(t.text(), t.comparator(),
                t.value() == null ? null : new BigDecimal(t.value()), t.unit(), t.kind());
        return new Indicator(IndicatorId.of(view.id()), view.level1(), view.level2(), view.name(), target);
    }

}
