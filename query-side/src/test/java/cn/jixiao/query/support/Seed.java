package cn.jixiao.query.support;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.*;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a declaration's event stream like the one of the seed (祝融街道 2020), one event per minute from
 * {@link #START}, with the sequence numbers the event store gives them.
 */
public final class Seed {

    public static final Instant START = Instant.parse("2020-01-06T08:00:00Z");
    public static final PersonRef FILER = new PersonRef("u-filer", "旷文倩");
    public static final PersonRef BUSINESS = new PersonRef("u-biz", "李股长");
    public static final PersonRef PERFORMANCE = new PersonRef("u-perf", "王股长");
    public static final GoalId GOAL_1 = GoalId.of("g-1");
    public static final GoalId GOAL_2 = GoalId.of("g-2");
    public static final IndicatorId AREA = IndicatorId.of("i-area");
    public static final IndicatorId SATISFACTION = IndicatorId.of("i-sat");
    public static final IndicatorId COST = IndicatorId.of("i-cost");

    private final DeclarationId id;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    private Seed(DeclarationId id) {
        this.id = id;
    }

    public static Seed of(String unitCode, String unitName, int year) {
        Seed seed = new Seed(DeclarationId.forUnit(unitCode, year, DeclarationKind.DEPARTMENT));
        return seed.then(new DeclarationCreatedEvent(seed.id, year, DeclarationKind.DEPARTMENT, null,
                new Unit(unitCode, unitName), unitName, "尹晖", FILER));
    }

    /** A stream given as its events, the created event first (e.g. the kernel's ProjectSample). */
    public static Seed of(List<? extends DeclarationEvent> stream) {
        Seed seed = new Seed(stream.get(0).declarationId());
        stream.forEach(seed::then);
        return seed;
    }

    /** The 祝融 declaration of 2020, filled in and submitted once (versions 1..9). */
    public static Seed zhurong() {
        return of("431203001", "衡阳市南岳区祝融街道办事处", 2020).filledIn().submitted(1);
    }

    public Seed filledIn() {
        return then(new BasicInfoUpdatedEvent(id, "南岳区祝融街道办事处", "尹晖", new Contact("旷文倩", "18216015913"),
                new Staffing(23, 29)))
                .then(new FunctionsUpdatedEvent(id, "1、宣传贯彻党的路线方针政策"))
                .then(new BudgetUpdatedEvent(id,
                        new Income(Amount.of("649.4"), Amount.of("649.4"), Amount.ZERO, Amount.ZERO, Amount.ZERO),
                        new Expenditure(Amount.of("649.4"), Amount.of("210.6"), Amount.of("438.8")),
                        new ThreePublic(Amount.of("8"), Amount.of("7"), Amount.ZERO, Amount.of("1"))))
                .then(new OverallGoalUpdatedEvent(id, "在今年收支预算内完成各项工作"))
                .then(new GoalAddedEvent(id, GOAL_1, "实施城中村改造重点工程项目"))
                .then(new IndicatorAddedEvent(id, GOAL_1, AREA, Level1.OUTPUT, Level2.QUANTITY, "鑫聚缘二期土地出让面积",
                        TargetValue.parse("=8.73亩")))
                .then(new IndicatorAddedEvent(id, GOAL_1, SATISFACTION, Level1.SATISFACTION, Level2.SATISFACTION,
                        "群众满意度", TargetValue.parse("≥90%")));
    }

    public Seed submitted(int revision) {
        return then(new DeclarationSubmittedEvent(id, revision,
                List.of(new Finding("ACTUAL_STAFF_EXCEEDS_AUTHORIZED", "staffing.actual", "实有人数超过编制数")), FILER));
    }

    public Seed returned(String opinion) {
        return then(new DeclarationReturnedEvent(id, ReviewStage.BUSINESS, opinion, BUSINESS));
    }

    /** What a filer typically changes after a return: a target, a new goal with an indicator, a removed one. */
    public Seed revised() {
        return then(new IndicatorRevisedEvent(id, GOAL_1, AREA, Level1.OUTPUT, Level2.QUANTITY, "鑫聚缘二期土地出让面积",
                TargetValue.parse("≥9亩")))
                .then(new IndicatorRemovedEvent(id, GOAL_1, SATISFACTION))
                .then(new GoalAddedEvent(id, GOAL_2, "控制行政成本"))
                .then(new IndicatorAddedEvent(id, GOAL_2, COST, Level1.OUTPUT, Level2.COST, "三公经费",
                        TargetValue.parse("≤8万元")))
                .then(new NotesUpdatedEvent(id, "无"));
    }

    /** The land-area target changed to {@code text}. */
    public Seed areaTarget(String text) {
        return then(new IndicatorRevisedEvent(id, GOAL_1, AREA, Level1.OUTPUT, Level2.QUANTITY, "鑫聚缘二期土地出让面积",
                TargetValue.parse(text)));
    }

    public Seed adjusting(String reason) {
        return then(new AdjustmentStartedEvent(id, reason, FILER));
    }

    public Seed passed() {
        return then(new BusinessReviewPassedEvent(id, "同意", BUSINESS));
    }

    public Seed approved() {
        return passed().then(new DeclarationApprovedEvent(id, "同意批复", PERFORMANCE));
    }

    public Seed then(DeclarationEvent event) {
        long sequence = events.size();
        events.add(new GenericDomainEventMessage<>("Declaration", id.value(), sequence, event, Map.of(),
                UUID.randomUUID().toString(), START.plus(Duration.ofMinutes(sequence))));
        return this;
    }

    /** Moves the whole stream in time, e.g. to put one declaration's edits after another's. */
    public Seed startingAt(Instant start) {
        List<DomainEventMessage<?>> moved = events.stream().<DomainEventMessage<?>>map(e -> new GenericDomainEventMessage<>(
                e.getType(), e.getAggregateIdentifier(), e.getSequenceNumber(), e.getPayload(), e.getMetaData(),
                e.getIdentifier(), start.plus(Duration.between(START, e.getTimestamp())))).toList();
        events.clear();
        events.addAll(moved);
        return this;
    }

    public DeclarationId id() {
        return id;
    }

    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    /** Events from sequence {@code from} on. */
    public List<DomainEventMessage<?>> from(int from) {
        return List.copyOf(events.subList(from, events.size()));
    }

    public List<DomainEventMessage<?>> upTo(int exclusive) {
        return List.copyOf(events.subList(0, exclusive));
    }
}
