package cn.jixiao.query.register;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.register.RegisterEvent;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.SectionDefinedEvent;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UnitKind;
import cn.jixiao.kernel.register.UnitMovedEvent;
import cn.jixiao.kernel.register.UnitRegisteredEvent;
import cn.jixiao.kernel.register.UnitRenamedEvent;
import cn.jixiao.kernel.register.UserId;
import cn.jixiao.kernel.register.UserRecordedEvent;
import cn.jixiao.kernel.register.YearSettingsSetEvent;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.dashboard.InMemoryTenants;
import cn.jixiao.query.rebuild.CollectionNames;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static cn.jixiao.kernel.register.RegisterId.OF_TENANT;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterProjectionTest {

    private static final TenantId TENANT = TenantId.of("nanyue");
    private static final SectionId CIVIL = SectionId.of("civil");
    private static final SectionId SOCIAL = SectionId.of("social");
    private static final UnitCode ZHURONG = UnitCode.of("430412001");

    private final InMemoryTenants mongo = new InMemoryTenants();
    private final CollectionNames generation = new CollectionNames(1);
    private final RegisterStore rows = new RegisterStore(mongo.database(TENANT), generation);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void keepsEachUnitSectionUserAndYearAsTheRegisterHasMadeIt() {
        feed(projector(), history());

        Document unit = row(RegisterStore.UNITS, "430412001");
        assertThat(unit.getString("name")).isEqualTo("衡阳市南岳区祝融街道办事处");
        assertThat(unit.getList("formerNames", String.class)).containsExactly("南岳区祝融街道");
        assertThat(unit.getString("section")).isEqualTo("social");
        assertThat(row(RegisterStore.SECTIONS, "civil").getString("name")).isEqualTo("行政政法股");
        assertThat(row(RegisterStore.USERS, "demo-business").getList("roles", String.class)).containsExactly("BUSINESS_REVIEWER");
        Document year = rows.collection(RegisterStore.YEARS).find(new Document("_id", 2021)).first();
        assertThat(year.getString("edition")).isEqualTo("2021");
        assertThat(year.getString("reviewDeadline")).isEqualTo("2021-03-31");
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        RegisterProjector projector = projector();
        List<DomainEventMessage<?>> history = history();
        feed(projector, history);
        feed(projector, history.subList(1, 3));

        assertThat(row(RegisterStore.UNITS, "430412001").getString("name")).isEqualTo("衡阳市南岳区祝融街道办事处");
        assertThat(row(RegisterStore.UNITS, "430412001").getLong("seq")).isEqualTo(7L);
    }

    @Test
    void aProjectorThatMissedEventsReadsThemFromTheEventStoreFirst() {
        List<DomainEventMessage<?>> history = history();
        mongo.append(TENANT, history);

        projector().handle(history.get(history.size() - 1));

        assertThat(row(RegisterStore.UNITS, "430412001").getList("formerNames", String.class)).containsExactly("南岳区祝融街道");
        assertThat(row(RegisterStore.SECTIONS, "social").getString("name")).isEqualTo("社会保障股");
        assertThat(row(RegisterStore.USERS, "demo-business").getString("section")).isEqualTo("civil");
    }

    private RegisterProjector projector() {
        return (RegisterProjector) new RegisterReadModel().writer(mongo.of(TENANT), generation);
    }

    private Document row(String collection, String id) {
        return rows.collection(collection).find(new Document("_id", id)).first();
    }

    private static List<DomainEventMessage<?>> history() {
        List<RegisterEvent> events = List.of(
                new SectionDefinedEvent(OF_TENANT, CIVIL, "行政政法股"),
                new SectionDefinedEvent(OF_TENANT, SOCIAL, "社会保障股"),
                new UnitRegisteredEvent(OF_TENANT, ZHURONG, "南岳区祝融街道", UnitKind.UNIT, null, CIVIL),
                new UnitRenamedEvent(OF_TENANT, ZHURONG, "南岳区祝融街道", "衡阳市南岳区祝融街道办事处"),
                new UserRecordedEvent(OF_TENANT, UserId.of("demo-business"), "李业务", Set.of(Role.BUSINESS_REVIEWER), null, CIVIL),
                new YearSettingsSetEvent(OF_TENANT, 2021, Edition.E2021, LocalDate.of(2021, 3, 31)),
                new UnitMovedEvent(OF_TENANT, ZHURONG, CIVIL, SOCIAL));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>("Register", RegisterId.OF_TENANT.value(), i, events.get(i)));
        }
        return messages;
    }

    private static void feed(RegisterProjector projector, List<DomainEventMessage<?>> events) {
        events.forEach(projector::handle);
    }
}
