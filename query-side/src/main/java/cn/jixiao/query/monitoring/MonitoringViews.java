package cn.jixiao.query.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.monitoring.BudgetExecution;
import cn.jixiao.kernel.monitoring.DeviationCause;
import cn.jixiao.kernel.monitoring.Light;
import cn.jixiao.kernel.monitoring.LightThresholds;
import cn.jixiao.kernel.monitoring.MonitoredIndicator;
import cn.jixiao.kernel.monitoring.MonitoringDecision;
import cn.jixiao.kernel.monitoring.MonitoringForm;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringLights;
import cn.jixiao.kernel.monitoring.MonitoringReview;
import cn.jixiao.kernel.monitoring.MonitoringRoundOpenedEvent;
import cn.jixiao.kernel.monitoring.MonitoringStatus;
import cn.jixiao.kernel.monitoring.Outlook;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * What the monitoring read endpoints answer. Every light and rate is computed by the kernel
 * ({@link MonitoringLights}) from the fold; nothing here decides a light. Numbers are decimal strings.
 */
public final class MonitoringViews {

    private MonitoringViews() {
    }

    /** A round: year, number, cut-off, time elapsed, thresholds and its forms' ids. */
    public record RoundView(String id, int year, int number, String cutOff, String timeElapsed, Thresholds thresholds,
                            List<String> forms, List<String> declarations, PersonRef openedBy) {

        static RoundView of(MonitoringRoundOpenedEvent e) {
            List<String> declarations = e.declarations().stream().map(Object::toString).toList();
            List<String> forms = e.declarations().stream()
                    .map(d -> MonitoringFormId.of(e.roundId(), d).value()).toList();
            return new RoundView(e.roundId().value(), e.year(), e.number(), e.cutOff().toString(),
                    MonitoringLights.timeElapsed(e.year(), e.cutOff()).toPlainString(), Thresholds.of(e.thresholds()),
                    forms, declarations, e.openedBy());
        }
    }

    public record Thresholds(String greenWithin, String yellowWithin) {

        static Thresholds of(LightThresholds thresholds) {
            return new Thresholds(thresholds.greenWithin().toPlainString(), thresholds.yellowWithin().toPlainString());
        }
    }

    /** One form in a round's list: small, so a list of 300 units reads 300 small rows. */
    public record RowView(String id, String roundId, String declarationId, int year, int roundNumber, Unit unit,
                          MonitoringStatus status, Light light, Light budgetLight, LightCounts indicators,
                          List<CategoryLights> categories, long version) {

        static RowView of(MonitoringForm form) {
            List<CategoryLights> categories = Arrays.stream(Level1.values())
                    .map(level1 -> new CategoryLights(level1, level1.label(), LightCounts.of(form.indicators().stream()
                            .filter(row -> row.level1() == level1).map(row -> row.light(form)).toList())))
                    .filter(category -> category.counts().sum() > 0).toList();
            return new RowView(form.id().value(), form.roundId().value(), form.declarationId().value(), form.year(),
                    form.roundNumber(), form.unit(), form.status(), form.unitLight(), form.budgetLight(),
                    LightCounts.of(form.indicators().stream().map(row -> row.light(form)).toList()), categories,
                    form.version());
        }
    }

    /** The monitoring form as the API shows it. */
    public record FormView(String id, String roundId, String declarationId, int year, int roundNumber, String cutOff,
                           String timeElapsed, Thresholds thresholds, Unit unit, long declarationVersion,
                           MonitoringStatus status, String statusLabel, Light light, List<IndicatorView> indicators,
                           BudgetView budget, List<ReviewView> reviews, List<String> adjustments, long version) {

        static FormView of(MonitoringForm form) {
            return new FormView(form.id().value(), form.roundId().value(), form.declarationId().value(), form.year(),
                    form.roundNumber(), String.valueOf(form.cutOff()), form.timeElapsed().toPlainString(),
                    Thresholds.of(form.thresholds()), form.unit(), form.declarationVersion(), form.status(),
                    form.status().label(), form.unitLight(),
                    form.indicators().stream().map(row -> IndicatorView.of(row, form)).toList(),
                    BudgetView.of(form), form.reviews().stream().map(ReviewView::of).toList(), form.adjustments(),
                    form.version());
        }
    }

    public record IndicatorView(String goalId, String goal, String id, Level1 level1, Level2 level2, String name,
                                TargetValue target, TargetValue progress, TargetValue forecast, String completion,
                                Outlook outlook, String outlookLabel, DeviationCause cause, String causeLabel,
                                String explanation, String action, Light light) {

        static IndicatorView of(MonitoredIndicator row, MonitoringForm form) {
            BigDecimal completion = row.progress() == null ? null
                    : MonitoringLights.completion(row.target(), row.progress().value());
            return new IndicatorView(row.goalId().value(), row.goal(), row.indicatorId().value(), row.level1(),
                    row.level2(), row.name(), row.target(), row.progress(), row.forecast(), plain(completion),
                    row.outlook(), row.outlook() == null ? null : row.outlook().label(), row.cause(),
                    row.cause() == null ? null : row.cause().label(), row.explanation(), row.action(), row.light(form));
        }
    }

    /** Budget execution beside the time elapsed (双监控). */
    public record BudgetView(String budget, String spent, String executionRate, String timeElapsed, String measures,
                             Light light) {

        static BudgetView of(MonitoringForm form) {
            BudgetExecution budget = form.budget();
            return new BudgetView(budget.budget().toString(), budget.spent() == null ? null : budget.spent().toString(),
                    plain(budget.executionRate()), form.timeElapsed().toPlainString(), budget.measures(),
                    form.budgetLight());
        }
    }

    public record ReviewView(MonitoringDecision decision, String opinion, PersonRef reviewer, String at) {

        static ReviewView of(MonitoringReview review) {
            return new ReviewView(review.decision(), review.opinion(), review.reviewer(),
                    review.at() == null ? null : review.at().toString());
        }
    }

    /** The round's lights: per unit, and how many indicators of each category show each light. */
    public record LightsView(String roundId, List<UnitLight> units, List<CategoryLights> categories,
                             LightCounts total) {
    }

    public record UnitLight(Unit unit, String declarationId, MonitoringStatus status, Light light, Light budgetLight,
                            LightCounts indicators) {
    }

    public record CategoryLights(Level1 level1, String label, LightCounts counts) {
    }

    public record LightCounts(int green, int yellow, int red, int none) {

        static final LightCounts ZERO = new LightCounts(0, 0, 0, 0);

        static LightCounts of(List<Light> lights) {
            return new LightCounts(count(lights, Light.GREEN), count(lights, Light.YELLOW), count(lights, Light.RED),
                    count(lights, Light.NONE));
        }

        LightCounts plus(LightCounts other) {
            return new LightCounts(green + other.green, yellow + other.yellow, red + other.red, none + other.none);
        }

        int sum() {
            return green + yellow + red + none;
        }

        private static int count(List<Light> lights, Light light) {
            return (int) lights.stream().filter(light::equals).count();
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
