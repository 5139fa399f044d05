package cn.jixiao.app;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.SeedForm;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.tenant.TenantId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Realistic history, fast: the seed form's events (what its commands produce: created, basic info, functions,
 * budget, overall goal, 4 goals, 44 indicators, notes) for declaration number {@code n} of a tenant, each with its
 * own unit, appended through the tenant's Axon {@link EventStore} as the aggregate would append them, with the
 * filer's metadata. Numbered declarations let the readers and writers of a section name them.
 */
final class BenchmarkDeclarations {

    static final int YEAR = SeedForm.YEAR;
    static final int EVENTS_PER_DECLARATION = SeedForm.events().size();
    private static final String AGGREGATE_TYPE = "Declaration";
    /** Declarations per append: one call of a few hundred events, as a batch import would make. */
    private static final int PER_APPEND = 10;

    private BenchmarkDeclarations() {
    }

    static String unitCode(int n) {
        return String.format("BENCH%07d", n);
    }

    /** Distinct for every n, so a text search for it finds one unit: 基准测试单位123号. */
    static String unitName(int n) {
        return "基准测试单位" + n + "号";
    }

    static String id(int n) {
        return DeclarationId.forUnit(unitCode(n), YEAR, DeclarationKind.DEPARTMENT).toString();
    }

    static String filerToken(String tenant, int n) {
        return Tokens.of(tenant, "filer-" + n, unitCode(n), Role.FILER);
    }

    static int declarationsFor(long events) {
        return (int) Math.max(1, (events + EVENTS_PER_DECLARATION - 1) / EVENTS_PER_DECLARATION);
    }

    /** Appends declarations {@code first..first+count-1}; prints the rate every few seconds; returns events appended. */
    static long append(EventStore store, String tenant, int first, int count) {
        long started = System.nanoTime();
        long lastReport = started;
        long events = 0;
        for (int n = first; n < first + count; n += PER_APPEND) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int k = n; k < Math.min(first + count, n + PER_APPEND); k++) {
                batch.addAll(events(tenant, k));
            }
            store.publish(batch);
            events += batch.size();
            if (System.nanoTime() - lastReport > 5e9) {
                lastReport = System.nanoTime();
                BenchmarkReport.line("  ... %,d of %,d events appended (%.0f events/s)", events,
                        (long) count * EVENTS_PER_DECLARATION, events / ((lastReport - started) / 1e9));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        BenchmarkReport.line("appended %,d declarations (%,d events) through the EventStore in %.1f s: %.0f events/s",
                count, events, seconds, events / seconds);
        return events;
    }

    static List<DomainEventMessage<?>> events(String tenant, int n) {
        DeclarationId id = DeclarationId.of(id(n));
        Unit unit = new Unit(unitCode(n), unitName(n));
        Map<String, Object> metadata = MetadataKeys.forActor(
                new Actor("filer-" + n, "填报人" + n, Set.of(Role.FILER), TenantId.of(tenant), unitCode(n)));
        List<DeclarationEvent> seed = SeedForm.events();
        List<DomainEventMessage<?>> messages = new ArrayList<>(seed.size());
        for (int seq = 0; seq < seed.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, id.toString(), seq,
                    rekeyed(seed.get(seq), id, unit), metadata));
        }
        return messages;
    }

    /** The same event record for another declaration and unit: every DeclarationId and Unit component replaced. */
    private static Object rekeyed(DeclarationEvent event, DeclarationId id, Unit unit) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(event);
                values[i] = value instanceof DeclarationId ? id : value instanceof Unit ? unit : value;
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = event.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + event.getClass().getSimpleName(), e);
        }
    }
}
