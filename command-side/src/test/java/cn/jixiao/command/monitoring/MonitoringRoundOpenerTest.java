package cn.jixiao.command.monitoring;

import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.AdjustmentStartedEvent;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.RecordApprovedOnPaperCommand;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateBudgetCommand;
import cn.jixiao.kernel.monitoring.DeviationCause;
import cn.jixiao.kernel.monitoring.MonitoringCodes;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.kernel.monitoring.OpenMonitoringRoundCommand;
import cn.jixiao.kernel.monitoring.Outlook;
import cn.jixiao.kernel.monitoring.ReportIndicatorProgressCommand;
import cn.jixiao.kernel.monitoring.RequestAdjustmentCommand;
import cn.jixiao.kernel.register.DefineSectionCommand;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.RegisterUnitCommand;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UnitKind;
import cn.jixiao.kernel.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The opening of a round and the adjustment from a red light, on a whole tenant's command side in memory. */
class MonitoringRoundOpenerTest {

    private static final int YEAR = 2020;
    private static final TenantId TENANT = TenantId.of("nanyue");
    private static final Actor ADMIN = new Actor("u-admin", "周管理", Set.of(Role.TENANT_ADMIN), TENANT, null);
    private static final Actor PERFORMANCE = new Actor("u-wang", "王绩效", Set.of(Role.PERFORMANCE_REVIEWER), TENANT, null);
    private static final Actor FILER = new Actor("u-kuang", "旷文倩", Set.of(Role.FILER), TENANT, "A");
    private static final MonitoringRoundId ROUND = MonitoringRoundId.forRound(YEAR, 1);
    private static final IndicatorId AREA = IndicatorId.of("ind-area");

    private TestTenant tenant;

    @BeforeEach
    void setUp() {
        tenant = new TestTenant();
        send(ADMIN, new DefineSectionCommand(RegisterId.OF_TENANT, SectionId.of("civil"), "行政政法股"));
        for (String unit : new String[] {"A", "B"}) {
            send(ADMIN, new RegisterUnitCommand(RegisterId.OF_TENANT, UnitCode.of(unit), "单位" + unit, UnitKind.UNIT,
                    null, SectionId.of("civil")));
        }
        approvedOnPaper("A");
        send(ADMIN, new CreateDeclarationCommand(id("B"), YEAR, DeclarationKind.DEPARTMENT, Edition.E2020,
                new Unit("B", "单位B"), "单位B", "负责人", ADMIN.asPerson()));
    }

    @AfterEach
    void tearDown() {
        tenant.close();
    }

    @Test
    void openingARoundBuildsAFormForEveryApprovedDeclarationOnly() {
        MonitoringRoundOpener.OpenedRound opened = send(PERFORMANCE, open());

        assertThat(opened.forms()).isEqualTo(1);
        assertThat(tenant.eventCount(MonitoringFormId.of(ROUND, id("A")).value())).isEqualTo(1);
        assertThat(tenant.eventCount(MonitoringFormId.of(ROUND, id("B")).value())).isZero();
        assertThat(tenant.eventCount(ROUND.value())).isEqualTo(1);
    }

    @Test
    void cannotOpenTheSameRoundTwice() {
        send(PERFORMANCE, open());

        assertThatThrownBy(() -> send(PERFORMANCE, open())).isInstanceOfSatisfying(DeclarationRejectedException.class,
                e -> assertThat(e.code()).isEqualTo(MonitoringCodes.ROUND_EXISTS));
    }

    @Test
    void onlyThePerformanceSectionOpensARound() {
        assertThatThrownBy(() -> send(FILER, open())).isInstanceOfSatisfying(DeclarationRejectedException.class,
                e -> assertThat(e.code()).isEqualTo(MonitoringCodes.ROLE_REQUIRED));
        assertThat(tenant.eventCount(ROUND.value())).isZero();
    }

    @Test
    void aRedLightStartsTheDeclarationsAdjustmentThroughItsOwnCommand() {
        send(PERFORMANCE, open());
        send(FILER, new ReportIndicatorProgressCommand(MonitoringFormId.of(ROUND, id("A")), AREA,
                TargetValue.parse("1亩"), null, Outlook.IMPOSSIBLE, DeviationCause.FUNDING, "资金未到位", "调减目标",
                FILER.asPerson(), null));

        long version = send(FILER, new RequestAdjustmentCommand(ROUND, id("A"), "征地延期，调减出让面积",
                FILER.asPerson(), null));

        assertThat(version).isEqualTo(tenant.eventCount(id("A").value()));
        assertThat(tenant.events(id("A"))).last().isInstanceOf(AdjustmentStartedEvent.class);
    }

    @Test
    void aRefusedAdjustmentLeavesTheMonitoringFormAsItWas() {
        send(PERFORMANCE, open());
        MonitoringFormId form = MonitoringFormId.of(ROUND, id("A"));
        send(FILER, new ReportIndicatorProgressCommand(form, AREA, TargetValue.parse("1亩"), null, Outlook.IMPOSSIBLE,
                DeviationCause.FUNDING, "资金未到位", "调减目标", FILER.asPerson(), null));
        long before = tenant.eventCount(form.value());

        // a stale If-Match on the declaration: the declaration refuses, so the form's request is rolled back too
        assertThatThrownBy(() -> send(FILER, new RequestAdjustmentCommand(ROUND, id("A"), "调减", FILER.asPerson(), 0L)));

        assertThat(tenant.eventCount(form.value())).isEqualTo(before);
    }

    private void approvedOnPaper(String unit) {
        DeclarationId id = id(unit);
        GoalId goal = GoalId.of("goal-" + unit);
        send(ADMIN, new CreateDeclarationCommand(id, YEAR, DeclarationKind.DEPARTMENT, Edition.E2020,
                new Unit(unit, "单位" + unit), "单位" + unit, "负责人", ADMIN.asPerson()));
        send(ADMIN, new UpdateBudgetCommand(id, new Income(Amount.of("100"), Amount.of("100"), Amount.ZERO, Amount.ZERO,
                Amount.ZERO), new Expenditure(Amount.of("100"), Amount.of("40"), Amount.of("60")), ThreePublic.EMPTY, null));
        send(ADMIN, new AddGoalCommand(id, goal, "城中村改造", null));
        send(ADMIN, new AddIndicatorCommand(id, goal, AREA, Level1.OUTPUT, Level2.QUANTITY, "土地出让面积",
                TargetValue.parse("=8.73亩"), null));
        send(ADMIN, new RecordApprovedOnPaperCommand(id, "纸质批复", ADMIN.asPerson(), null));
    }

    private static OpenMonitoringRoundCommand open() {
        return new OpenMonitoringRoundCommand(ROUND, YEAR, 1, LocalDate.of(YEAR, 7, 31), null, PERFORMANCE.asPerson());
    }

    private static DeclarationId id(String unit) {
        return DeclarationId.forUnit(unit, YEAR, DeclarationKind.DEPARTMENT);
    }

    private <R> R send(Actor actor, Object command) {
        return tenant.<R>send(actor, command, Map.of()).block();
    }
}
