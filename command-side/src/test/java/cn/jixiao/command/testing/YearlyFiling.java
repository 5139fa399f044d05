package cn.jixiao.command.testing;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.testing.TestActors;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One unit filing its department-wide form year after year through the whole command side of a {@link TestTenant}:
 * every year the same goal and indicator, with that year's target. For the tests on what a submission compares
 * with last year (its approved targets, its passed self-evaluation's actual results).
 */
public final class YearlyFiling {

    public static final String UNIT = "430412-ZRJD";
    public static final GoalId GOAL = GoalId.of("goal-1");
    public static final IndicatorId INDICATOR = IndicatorId.of("ind-1-1");
    public static final PersonRef FILER = new PersonRef("u-kuang", "旷文倩");

    private final TestTenant tenant;
    private final Actor filer = actor(FILER, UNIT, Role.FILER);

    public YearlyFiling(TestTenant tenant) {
        this.tenant = tenant;
    }

    public static Actor actor(PersonRef person, String unit, Role... roles) {
        return new Actor(person.id(), person.name(), Set.of(roles), TestActors.NANYUE, unit);
    }

    /** The unit's filer. */
    public Actor filer() {
        return filer;
    }

    /** The year's form, created and filled in up to its one indicator, {@code target} its target value. */
    public DeclarationId fillIn(int year, String target) {
        DeclarationId id = DeclarationId.forUnit(UNIT, year, DeclarationKind.DEPARTMENT);
        send(filer, new CreateDeclarationCommand(id, year, DeclarationKind.DEPARTMENT, null,
                new Unit(UNIT, "衡阳市南岳区祝融街道办事处"), "祝融街道", "尹晖", FILER));
        send(filer, new UpdateBasicInfoCommand(id, "祝融街道", "尹晖", new Contact("旷文倩", "18216015913"), null, null));
        send(filer, new AddGoalCommand(id, GOAL, "保障社区正常运转", null));
        send(filer, new AddIndicatorCommand(id, GOAL, INDICATOR, Level1.OUTPUT, Level2.QUALITY, "保障社区正常运转",
                TargetValue.parse(target), null));
        return id;
    }

    /** Submits the form and returns the codes of the warnings its submission recorded. */
    public List<String> warningsOnSubmit(DeclarationId id) {
        send(filer, new SubmitDeclarationCommand(id, FILER, null));
        List<DeclarationEvent> events = tenant.events(id);
        DeclarationSubmittedEvent submitted = (DeclarationSubmittedEvent) events.get(events.size() - 1);
        return submitted.warnings().stream().map(Finding::code).toList();
    }

    public void send(Actor actor, Object command) {
        tenant.send(actor, command, Map.of()).block();
    }
}
