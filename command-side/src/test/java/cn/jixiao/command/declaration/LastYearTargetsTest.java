package cn.jixiao.command.declaration;

import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.command.testing.YearlyFiling;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.RecordApprovedOnPaperCommand;
import cn.jixiao.kernel.declaration.ReviseIndicatorCommand;
import cn.jixiao.kernel.declaration.StartAdjustmentCommand;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.rules.RuleCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static cn.jixiao.command.declaration.Given.ADMIN;
import static cn.jixiao.command.testing.YearlyFiling.FILER;
import static cn.jixiao.command.testing.YearlyFiling.GOAL;
import static cn.jixiao.command.testing.YearlyFiling.INDICATOR;
import static org.assertj.core.api.Assertions.assertThat;

/** Submission compares with the same unit's approved targets of the year before, read from the tenant's event store. */
class LastYearTargetsTest {

    private final TestTenant tenant = new TestTenant();
    private final YearlyFiling unit = new YearlyFiling(tenant);
    private final Actor filer = unit.filer();
    private final Actor admin = Given.actor(ADMIN, null, Role.TENANT_ADMIN);

    @AfterEach
    void tearDown() {
        tenant.close();
    }

    @Test
    void aTargetLoweredSinceLastYearsApprovalIsAWarning() {
        DeclarationId lastYear = unit.fillIn(2019, "≥95%");
        unit.send(admin, new RecordApprovedOnPaperCommand(lastYear, "2019年纸质批复", ADMIN, null));
        DeclarationId thisYear = unit.fillIn(2020, "≥90%");

        assertThat(unit.warningsOnSubmit(thisYear)).contains(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }

    @Test
    void lastYearCountsOnlyOnceApproved() {
        unit.fillIn(2019, "≥95%");
        DeclarationId thisYear = unit.fillIn(2020, "≥90%");

        assertThat(unit.warningsOnSubmit(thisYear)).doesNotContain(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }

    @Test
    void anAdjustedLastYearFormWarnsAgainstTheTargetsLastApprovedUntilTheAdjustmentIsApproved() {
        DeclarationId lastYear = unit.fillIn(2019, "≥95%");
        unit.send(admin, new RecordApprovedOnPaperCommand(lastYear, "2019年纸质批复", ADMIN, null));
        unit.send(filer, new StartAdjustmentCommand(lastYear, "年中追加预算", FILER, null));
        unit.send(filer, new ReviseIndicatorCommand(lastYear, GOAL, INDICATOR, Level1.OUTPUT, Level2.QUALITY, "保障社区正常运转",
                TargetValue.parse("≥80%"), null));
        unit.send(filer, new SubmitDeclarationCommand(lastYear, FILER, null));
        DeclarationId thisYear = unit.fillIn(2020, "≥90%");

        assertThat(unit.warningsOnSubmit(thisYear)).contains(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }
}
