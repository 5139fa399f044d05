package cn.jixiao.command.evaluation;

import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.command.testing.YearlyFiling;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.RecordApprovedOnPaperCommand;
import cn.jixiao.kernel.declaration.rules.RuleCodes;
import cn.jixiao.kernel.evaluation.ChangeWeightsCommand;
import cn.jixiao.kernel.evaluation.EvaluationId;
import cn.jixiao.kernel.evaluation.PassSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.RecordIndicatorResultCommand;
import cn.jixiao.kernel.evaluation.StartSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.SubmitSelfEvaluationCommand;
import cn.jixiao.kernel.evaluation.Weights;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static cn.jixiao.command.testing.YearlyFiling.FILER;
import static cn.jixiao.command.testing.YearlyFiling.INDICATOR;
import static cn.jixiao.command.testing.YearlyFiling.actor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Next year's submission compares its targets with what last year's passed self-evaluation recorded as achieved,
 * through the whole command side (the self-evaluation started from the approved declaration, on one event store).
 */
class LastYearActualTest {

    static final PersonRef ADMIN = new PersonRef("u-admin", "管理员");
    static final PersonRef REVIEWER = new PersonRef("u-wang", "王绩效");

    private final TestTenant tenant = new TestTenant();
    private final YearlyFiling unit = new YearlyFiling(tenant);
    private final Actor filer = unit.filer();

    @AfterEach
    void tearDown() {
        tenant.close();
    }

    @Test
    void aTargetBelowLastYearsPassedActualIsAWarning() {
        selfEvaluated2019(true);
        DeclarationId thisYear = unit.fillIn(2020, "≥95%");

        assertThat(unit.warningsOnSubmit(thisYear)).contains(RuleCodes.TARGET_WEAKER_THAN_LAST_ACTUAL)
                .doesNotContain(RuleCodes.TARGET_WEAKER_THAN_LAST_YEAR);
    }

    @Test
    void lastYearsActualCountsOnlyOnceTheSelfEvaluationIsPassed() {
        selfEvaluated2019(false);
        DeclarationId thisYear = unit.fillIn(2020, "≥95%");

        assertThat(unit.warningsOnSubmit(thisYear)).doesNotContain(RuleCodes.TARGET_WEAKER_THAN_LAST_ACTUAL);
    }

    /** 2019: ≥90% approved on paper, 98% achieved; passed when {@code passed}, else only submitted. */
    private void selfEvaluated2019(boolean passed) {
        DeclarationId lastYear = unit.fillIn(2019, "≥90%");
        unit.send(actor(ADMIN, null, Role.TENANT_ADMIN), new RecordApprovedOnPaperCommand(lastYear, "纸质批复", ADMIN, null));
        EvaluationId evaluation = EvaluationId.forDeclaration(lastYear);
        unit.send(filer, new StartSelfEvaluationCommand(evaluation, lastYear, FILER));
        unit.send(filer, new RecordIndicatorResultCommand(evaluation, INDICATOR.value(), "98%", null, null, null, null, null));
        // the only category with points besides output's: give them to output, so nothing blocks submission
        unit.send(filer, new ChangeWeightsCommand(evaluation,
                new Weights(90, 0, 0, 0, 10), null));
        unit.send(filer, new SubmitSelfEvaluationCommand(evaluation, FILER, null));
        if (passed) {
            unit.send(actor(REVIEWER, null, Role.PERFORMANCE_REVIEWER), new PassSelfEvaluationCommand(evaluation, "同意", REVIEWER, null));
        }
    }
}
