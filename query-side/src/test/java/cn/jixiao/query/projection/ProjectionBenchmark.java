package cn.jixiao.query.projection;

import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.GroupHandler;
import cn.jixiao.query.QuerySideModule;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.audit.AuditKeys;
import cn.jixiao.query.audit.AuditModule;
import cn.jixiao.query.audit.TreeHeadPolicy;
import cn.jixiao.query.dashboard.DashboardChanges;
import cn.jixiao.query.rebuild.ProjectionRebuilder;
import cn.jixiao.query.rebuild.RebuildStatus;
import cn.jixiao.query.support.ProcessorBatches;
import cn.jixiao.query.support.Seed;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events per second each projection group handles, fed as the pooled streaming processor feeds it (batches in a
 * batching unit of work), on the embedded default's backend (mongo-java-server over H2, in memory here), and a
 * rebuild of every read model. Run on demand:
 * <pre>
 * ./mvnw -B -q -o -pl query-side -am test -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=ProjectionBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Djixiao.bench.declarations=300]
 * </pre>
 */
@Tag("benchmark")
class ProjectionBenchmark {

    private static final TenantId TENANT = TenantId.of("bench");
    private static final int DECLARATIONS = Integer.getInteger("jixiao.bench.declarations", 300);
    /** What deploy sets for the pooled processors ("a few hundred"). */
    private static final int BATCH = Integer.getInteger("jixiao.bench.batch", 300);
    /** An interactive command: a handful of events per batch. */
    private static final int COMMAND = 3;

    @Test
    void eventsPerSecondPerGroupAndForARebuild() throws Exception {
        MongoServer server = new MongoServer(H2Backend.inMemory());
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
                    .storageEngine(new InMemoryEventStorageEngine()).optimizeEventConsumption(false).build();
            TenantContext ctx = new TenantContext(TENANT, client.getDatabase("jixiao_t_bench"), eventStore);
            for (int i = 0; i < DECLARATIONS; i++) {
                eventStore.publish(declaration(i).events());
            }
            List<TrackedEventMessage<?>> events = stored(eventStore);
            System.out.printf(Locale.ROOT, "%d declarations, %d events (%d per declaration), batches of %d%n",
                    DECLARATIONS, events.size(), events.size() / DECLARATIONS, BATCH);

            QuerySideModule module = new QuerySideModule(new AuditModule(AuditKeys.generate("bench"),
                    TreeHeadPolicy.DEFAULT, Clock.systemUTC()), new DashboardChanges(), new ProjectionProgress());
            int interactive = Math.min(events.size() / 2, 3_000);
            for (GroupHandler group : module.handlers(ctx)) {
                AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(group.eventHandler());
                double bulk = feed(adapter, events.subList(0, events.size() - interactive), BATCH);
                double commands = feed(adapter, events.subList(events.size() - interactive, events.size()), COMMAND);
                System.out.printf(Locale.ROOT, "group %-12s %,9.0f events/s in batches of %d, %,7.0f events/s in batches of %d%n",
                        group.processingGroup(), bulk, BATCH, commands, COMMAND);
            }

            long started = System.nanoTime();
            ProjectionRebuilder rebuilder = new ProjectionRebuilder(module.readModels(), Runnable::run,
                    new ProjectionRebuilder.Timing(Duration.ofMillis(200), Duration.ZERO, Duration.ofMinutes(10)));
            rebuilder.start(ctx);
            double seconds = (System.nanoTime() - started) / 1e9;
            RebuildStatus status = rebuilder.status(ctx);
            assertThat(status.state()).isEqualTo(RebuildStatus.State.DONE);
            System.out.printf(Locale.ROOT, "rebuild of %,d events (3 read models): %.1f s, %,.0f events/s%n",
                    status.eventsDone(), seconds, status.eventsDone() / seconds);
            eventStore.shutDown();
        } finally {
            server.shutdownNow();
        }
    }

    private static double feed(AnnotationEventHandlerAdapter adapter, List<TrackedEventMessage<?>> events, int batch) {
        long started = System.nanoTime();
        for (int from = 0; from < events.size(); from += batch) {
            ProcessorBatches.feed(event -> handle(adapter, event), events.subList(from, Math.min(events.size(), from + batch)));
        }
        return events.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static void handle(AnnotationEventHandlerAdapter adapter, EventMessage<?> event) {
        try {
            adapter.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** About the size of a real declaration: ten goals of five indicators, edits, a return, approval. */
    private static Seed declaration(int i) {
        Seed seed = Seed.of(String.format(Locale.ROOT, "4312%05d", i), "南岳区第" + i + "单位", 2020).filledIn();
        for (int g = 0; g < 10; g++) {
            GoalId goal = GoalId.of("g-" + i + "-" + g);
            seed.then(new GoalAddedEvent(seed.id(), goal, "年度目标" + g + "：完成城中村改造重点工程项目的各项任务"));
            for (int k = 0; k < 5; k++) {
                seed.then(new IndicatorAddedEvent(seed.id(), goal, IndicatorId.of("i-" + i + "-" + g + "-" + k),
                        Level1.OUTPUT, Level2.QUANTITY, "指标" + g + "-" + k + "：培训及宣传活动次数", TargetValue.parse("≥" + (k + 10) + "次")));
            }
        }
        return seed.submitted(1).returned("目标不够具体").areaTarget("≥9亩").submitted(2).approved();
    }

    private static List<TrackedEventMessage<?>> stored(EmbeddedEventStore eventStore) throws InterruptedException {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                events.add(stream.nextAvailable());
            }
        }
        return events;
    }
}
