package cn.jixiao.command.declaration;

import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.RecordApprovedOnPaperCommand;
import cn.jixiao.kernel.declaration.ReviseIndicatorCommand;
import cn.jixiao.kernel.declaration.StartAdjustmentCommand;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.rules.RuleCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.jixiao.command.declaration.Given.ADMIN;
import static cn.jixiao.command.declaration.Given.FILER;
import static cn.jixiao.command.declaration.Given.GOAL;
import static cn.jixiao.command.declaration.Given.INDICATOR;
import static cn.jixiao.command.declaration.Given.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

/** Submission compares with the same unit's approved targets of the year before, read from the tenant's event store. */
class LastYearTargetsTest {

    private final TestTenant tenant = new TestTenant();
    private final Actor filer = Given.actor(FILER, UNIT, Role.FILER);
    private final Actor admin = Given.actor(ADMIN, null, Role.TENANT_ADMIN);

    @AfterEach
    void tearDown() {
        tenant.close();
    }

    @Test
    void aTargetLoweredSinceLastYearsApprovalIsAWarning() {
        DeclarationId lastYear = fillIn(2019, "≥95%");
        send(admin, new RecordApprovedOnPaperCommand(lastYear, "2019年纸质批复", ADMIN, null));
        DeclarationId thisYear = fillIn(2020, "≥90%");

        assertThat(warningsOnSubmit(thisYear)).contains(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }

    @Test
    void lastYearCountsOnlyOnceApproved() {
        fillIn(2019, "≥95%");
        DeclarationId thisYear = fillIn(2020, "≥90%");

        assertThat(warningsOnSubmit(thisYear)).doesNotContain(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }

    @Test
    void anAdjustedLastYearFormWarnsAgainstTheTargetsLastApprovedUntilTheAdjustmentIsApproved() {
        DeclarationId lastYear = fillIn(2019, "≥95%");
        send(admin, new RecordApprovedOnPaperCommand(lastYear, "2019年纸质批复", ADMIN, null));
        send(filer, new StartAdjustmentCommand(lastYear, "年中追加预算", FILER, null));
        send(filer, new ReviseIndicatorCommand(lastYear, GOAL, INDICATOR, Level1.OUTPUT, Level2.QUALITY, "保障社区正常运转",
                TargetValue.parse("≥80%"), null));
        send(filer, new SubmitDeclarationCommand(lastYear, FILER, null));
        DeclarationId thisYear = fillIn(2020, "≥90%");

        assertThat(warningsOnSubmit(thisYear)).contains(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }

    private DeclarationId fillIn(int year, String target) {
        DeclarationId id = DeclarationId.forUnit(UNIT, year, DeclarationKind.DEPARTMENT);
        send(filer, new CreateDeclarationCommand(id, year, DeclarationKind.DEPARTMENT, null,
                new Unit(UNIT, "衡阳市南岳区祝融街道办事处"), "祝融街道", "尹晖", FILER));
        send(filer, new UpdateBasicInfoCommand(id, "祝融街道", "尹晖",
                new Contact("旷文倩", "18216015913"), null, null));
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

    private void send(Actor actor, DeclarationCommand command) {
        tenant.send(actor, command, Map.of()).block();
    }
}
