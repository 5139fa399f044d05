package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test fixture: the event stream of one declaration, numbered as the event store numbers it (from 0). */
public final class DeclarationStream {

    public static final PersonRef FILER = new PersonRef("u-filer", "旷文倩");
    public static final PersonRef REVIEWER = new PersonRef("u-reviewer", "李审核");

    private final DeclarationId id;
    private final String unitCode;
    private final int year;
    private long nextSeq;
    private Instant clock = Instant.parse("2020-01-06T08:00:00Z");

    public DeclarationStream(String unitCode, int year) {
        this.id = DeclarationId.forUnit(unitCode, year, DeclarationKind.DEPARTMENT);
        this.unitCode = unitCode;
        this.year = year;
    }

    public DeclarationId id() {
        return id;
    }

    /** Moves the clock of the following events forward. */
    public DeclarationStream after(long hours) {
        clock = clock.plusSeconds(hours * 3600);
        return this;
    }

    public DomainEventMessage<DeclarationEvent> append(DeclarationEvent event) {
        return new GenericDomainEventMessage<>("Declaration", id.value(), nextSeq++, event, Map.of(),
                UUID.randomUUID().toString(), clock);
    }

    public DomainEventMessage<DeclarationEvent> created() {
        return append(new DeclarationCreatedEvent(id, year, DeclarationKind.DEPARTMENT, Edition.defaultFor(year),
                new Unit(unitCode, "单位" + unitCode), "单位" + unitCode, "负责人", FILER));
    }

    /** Income from the general public budget only; expenditure basic + project; three public vehicles + reception. */
    public DomainEventMessage<DeclarationEvent> budget(String income, String basic, String project,
                                                        String vehicles, String reception) {
        Amount in = Amount.of(income);
        Amount b = Amount.of(basic);
        Amount p = Amount.of(project);
        Amount v = Amount.of(vehicles);
        Amount r = Amount.of(reception);
        return append(new BudgetUpdatedEvent(id, new Income(in, in, Amount.ZERO, Amount.ZERO, Amount.ZERO),
                new Expenditure(b.plus(p), b, p), new ThreePublic(v.plus(r), v, Amount.ZERO, r)));
    }

    public DomainEventMessage<DeclarationEvent> goal(GoalId goal, String description) {
        return append(new GoalAddedEvent(id, goal, description));
    }

    public DomainEventMessage<DeclarationEvent> indicator(GoalId goal, IndicatorId indicator, Level2 level2,
                                                           String name, String target) {
        return append(new IndicatorAddedEvent(id, goal, indicator, level2.parent(), level2, name, TargetValue.parse(target)));
    }

    public DomainEventMessage<DeclarationEvent> submitted(int revision, String... warningCodes) {
        List<Finding> warnings = Arrays.stream(warningCodes).map(code -> new Finding(code, "", code)).toList();
        return append(new DeclarationSubmittedEvent(id, revision, warnings, FILER));
    }

    public DomainEventMessage<DeclarationEvent> approved() {
        return append(new DeclarationApprovedEvent(id, "同意", REVIEWER));
    }
}
