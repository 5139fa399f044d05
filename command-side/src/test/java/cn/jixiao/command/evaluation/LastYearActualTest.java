package cn.jixiao.command.evaluation;

import cn.jixiao.command.testing.TestTenant;
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
import cn.jixiao.kernel.declaration.RecordApprovedOnPaperCommand;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.rules.RuleCodes;
import cn.jixiao.kernel.evaluation.ChangeWeightsCommand;
import cn.jixiao.kernel.evaluation.EvaluationId;
import cn.jixiao.kernel.evaluation.PassSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.RecordIndicatorResultCommand;
import cn.jixiao.kernel.evaluation.StartSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.SubmitSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.Weights;
import cn.jixiao.kernel.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Next year's submission compares its targets with what last year's passed self-evaluation recorded as achieved,
 * through the whole command side (the self-evaluation started from the approved declaration, on one event store).
 */
class LastYearActualTest {

    static final String UNIT = "430412-ZRJD";
    static final GoalId GOAL = GoalId.of("goal-1");
    static final IndicatorId INDICATOR = IndicatorId.of("ind-1");
    static final PersonRef FILER = new PersonRef("u-kuang", "旷文倩");
    static final PersonRef ADMIN = new PersonRef("u-admin", "管理员");
    static final PersonRef REVIEWER = new PersonRef("u-wang", "王绩效");

    private final TestTenant tenant = new TestTenant();
    private final Actor filer = actor(FILER, UNIT, Role.FILER);

    @AfterEach
    void tearDown() {
        tenant.close();
    }

    @Test
    void aTargetBelowLastYearsPassedActualIsAWarning() {
        selfEvaluated2019(true);
        DeclarationId thisYear = fillIn(2020, "≥95%");

        assertThat(warningsOnSubmit(thisYear)).contains(RuleCodes.TARGET_WEAKER_THAN_LAST_ACTUAL)
                .doesNotContain(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }

    @Test
    void lastYearsActualCountsOnlyOnceTheSelfEvaluationIsPassed() {
        selfEvaluated2019(false);
        DeclarationId thisYear = fillIn(2020, "≥95%");

        assertThat(warningsOnSubmit(thisYear)).doesNotContain(RuleCodes.TARGET_WEAKER_THAN_LAST_ACTUAL);
    }

    /** 2019: ≥90% approved on paper, 98% achieved; passed when {@code passed}, else only submitted. */
    private void selfEvaluated2019(boolean passed) {
        DeclarationId lastYear = fillIn(2019, "≥90%");
        send(actor(ADMIN, null, Role.TENANT_ADMIN), new RecordApprovedOnPaperCommand(lastYear, "纸质批复", ADMIN, null));
        EvaluationId evaluation = EvaluationId.forDeclaration(lastYear);
        send(filer, new StartSelfEvaluationCommand(evaluation, lastYear, FILER));
        send(filer, new RecordIndicatorResultCommand(evaluation, INDICATOR.value(), "98%", null, null, null, null, null));
        // the only category with points besides output's: give them to output, so nothing blocks submission
        send(filer, new ChangeWeightsCommand(evaluation,
                new Weights(90, 0, 0, 0, 10), null));
        send(filer, new SubmitSelfEvaluationCommand(evaluation, FILER, null));
        if (passed) {
            send(actor(REVIEWER, null, Role.PERFORMANCE_REVIEWER), new PassSelfEvaluationCommand(evaluation, "同意", REVIEWER, null));
        }
    }

    private DeclarationId fillIn(int year, String target) {
        DeclarationId id = DeclarationId.forUnit(UNIT, year, DeclarationKind.DEPARTMENT);
        send(filer, new CreateDeclarationCommand(id, year, DeclarationKind.DEPARTMENT, null,
                new Unit(UNIT, "衡阳市南岳区祝融街道办事处"), "祝融街道", "尹晖", FILER));
        send(filer, new UpdateBasicInfoCommand(id, "祝融街道", "尹晖", new Contact("旷文倩", "18216015913"), null, null));
        send(filer, new AddGoalCommand(id, GOAL, "保障社区正常运转", null));
        send(filer, new AddIndicatorCommand(id, GOAL, INDICATOR, Level1.OUTPUT, Level2.QUALITY, "保障社区正常运转",
                TargetValue.parse(target), null));
        return id;
    }

    private List<String> warningsOnSubmit(DeclarationId id) {
        send(filer, new SubmitDeclarationCommand(id, FILER, null));
        List<DeclarationEvent> events = tenant.events(id);
        DeclarationSubmittedEvent submitted = (DeclarationSubmittedEvent) events.get(events.size() - 1);
        return submitted.warnings().stream().map(Finding::code).toList();
    }

    private void send(Actor actor, Object command) {
        tenant.send(actor, command, Map.of()).block();
    }

    private static Actor actor(PersonRef person, String unit, Role... roles) {
        return new Actor(person.id(), person.name(), Set.of(roles), TenantId.of("nanyue"), unit);
    }
}
