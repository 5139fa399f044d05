package cn.jixiao.query.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.monitoring.BudgetExecutionReportedEvent;
import cn.jixiao.kernel.monitoring.DeviationCause;
import cn.jixiao.kernel.monitoring.IndicatorProgressReportedEvent;
import cn.jixiao.kernel.monitoring.Light;
import cn.jixiao.kernel.monitoring.LightThresholds;
import cn.jixiao.kernel.monitoring.MonitoringEvent;
import cn.jixiao.kernel.monitoring.MonitoringFormCreatedEvent;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringFormSubmittedEvent;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.kernel.monitoring.MonitoringRoundOpenedEvent;
import cn.jixiao.kernel.monitoring.MonitoringStatus;
import cn.jixiao.kernel.monitoring.Outlook;
import cn.jixiao.kernel.monitoring.PlannedIndicator;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.dashboard.InMemoryTenants;
import cn.jixiao.query.rebuild.CollectionNames;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringProjectionTest {

    private static final TenantId TENANT = TenantId.of("nanyue");
    static final MonitoringRoundId ROUND = MonitoringRoundId.forRound(2020, 1);
    static final DeclarationId DECLARATION = DeclarationId.forUnit("430412001", 2020, DeclarationKind.DEPARTMENT);
    private static final MonitoringFormId FORM = MonitoringFormId.of(ROUND, DECLARATION);
    private static final IndicatorId AREA = IndicatorId.of("ind-area");
    private static final PersonRef FILER = new PersonRef("u-kuang", "旷文倩");

    private final InMemoryTenants mongo = new InMemoryTenants();
    private final CollectionNames generation = new CollectionNames(1);
    private final MonitoringStore store = new MonitoringStore(mongo.database(TENANT), generation);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void keepsTheRoundItsFormsAndTheirLightsAsTheKernelFoldsThem() {
        projector().write(history());

        MonitoringViews.RoundView round = store.round(ROUND.value()).orElseThrow();
        assertThat(round.forms()).containsExactly(FORM.value());
        assertThat(round.timeElapsed()).isEqualTo("58.2");
        MonitoringStore.Stored stored = store.form(FORM.value()).orElseThrow();
        assertThat(stored.seq()).isEqualTo(3);
        assertThat(stored.form().status()).isEqualTo(MonitoringStatus.SUBMITTED);
        assertThat(stored.form().unitLight()).isEqualTo(Light.RED);
        MonitoringViews.RowView row = store.rows(List.of(FORM.value())).get(0);
        assertThat(row.light()).isEqualTo(Light.RED);
        assertThat(row.indicators().red()).isEqualTo(1);
        assertThat(row.categories()).extracting(MonitoringViews.CategoryLights::level1).containsExactly(Level1.OUTPUT);
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        MonitoringProjector projector = projector();
        List<DomainEventMessage<?>> history = history();
        projector.write(history);
        projector.write(history.subList(1, 3));

        assertThat(store.form(FORM.value()).orElseThrow().seq()).isEqualTo(3);
        assertThat(store.form(FORM.value()).orElseThrow().form().version()).isEqualTo(4);
    }

    @Test
    void aProjectorThatMissedEventsReadsThemFromTheEventStoreFirst() {
        List<DomainEventMessage<?>> history = history();
        mongo.append(TENANT, history);

        projector().write(List.of(history.get(0), history.get(history.size() - 1)));

        MonitoringStore.Stored stored = store.form(FORM.value()).orElseThrow();
        assertThat(stored.form().budget().spent()).isEqualTo(Amount.of("380"));
        assertThat(stored.form().status()).isEqualTo(MonitoringStatus.SUBMITTED);
    }

    private MonitoringProjector projector() {
        return (MonitoringProjector) new MonitoringReadModel().writer(mongo.of(TENANT), generation);
    }

    static List<DomainEventMessage<?>> history() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        messages.add(new GenericDomainEventMessage<>("MonitoringRound", ROUND.value(), 0,
                new MonitoringRoundOpenedEvent(ROUND, 2020, 1, LocalDate.of(2020, 7, 31), LightThresholds.DEFAULT,
                        List.of(DECLARATION), new PersonRef("u-wang", "王绩效"))));
        List<MonitoringEvent> events = List.of(
                new MonitoringFormCreatedEvent(FORM, ROUND, DECLARATION, 2020, 1, LocalDate.of(2020, 7, 31),
                        LightThresholds.DEFAULT, new Unit("430412001", "衡阳市南岳区祝融街道办事处"), 8,
                        List.of(new PlannedIndicator(GoalId.of("goal-1"), "城中村改造", AREA, Level1.OUTPUT,
                                Level2.QUANTITY, "土地出让面积", TargetValue.parse("=8.73亩"))), Amount.of("649.4")),
                new IndicatorProgressReportedEvent(FORM, AREA, TargetValue.parse("1亩"), TargetValue.parse("5亩"),
                        Outlook.LIKELY, DeviationCause.FUNDING, "资金未到位", "协调资金", FILER),
                new BudgetExecutionReportedEvent(FORM, Amount.of("380"), "", FILER),
                new MonitoringFormSubmittedEvent(FORM, FILER));
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>("Monitoring", FORM.value(), i, events.get(i)));
        }
        return messages;
    }
}
