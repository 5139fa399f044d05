package cn.jixiao.query.rebuild;

import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.form.FormReadModel;
import cn.jixiao.query.form.FormStore;
import cn.jixiao.query.form.RevisionStore;
import cn.jixiao.query.QuerySideModule;
import cn.jixiao.query.audit.AuditModule;
import cn.jixiao.query.dashboard.DashboardChanges;
import cn.jixiao.query.projection.ProjectionProgress;
import cn.jixiao.query.support.ReadModels;
import cn.jixiao.query.support.Seed;
import cn.jixiao.query.support.StoredForms;
import cn.jixiao.query.support.TestTenant;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectionRebuilderTest {

    static final ProjectionRebuilder.Timing FAST = new ProjectionRebuilder.Timing(Duration.ofMillis(100), Duration.ZERO, Duration.ofMinutes(10));

    private final TestTenant tenant = new TestTenant();
    private final Seed zhurong = Seed.zhurong().returned("目标不够具体").revised().submitted(2).approved();
    private final Seed school = Seed.of("431203002", "南岳区第一中学", 2020).filledIn();
    private final Seed bureau = Seed.of("431203003", "南岳区财政局", 2020).filledIn().submitted(1);

    @AfterEach
    void close() {
        tenant.close();
    }

    private ProjectionRebuilder rebuilder(List<ReadModel> models) {
        return new ProjectionRebuilder(models, Runnable::run, FAST);
    }

    private static List<Document> documents(MongoDatabase database, CollectionNames names, String collection) {
        return database.getCollection(names.of(collection)).find().sort(ascending("_id")).into(new ArrayList<>());
    }

    private static List<Document> forms(TestTenant tenant, CollectionNames names) {
        return StoredForms.all(tenant.ctx().database(), names);
    }

    @Test
    void readersSeeASwitchMadeHereAtOnceAndOneMadeByAnotherInstanceWithinASecond() {
        tenant.publish(zhurong.events());
        MongoDatabase here = tenant.ctx().database();
        MongoDatabase anotherInstance = here.withReadConcern(com.mongodb.ReadConcern.DEFAULT);
        assertThat(new Generations(here).active()).isEqualTo(new CollectionNames(1));

        Generations there = new Generations(anotherInstance);
        there.activate(there.startBuilding().orElseThrow());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> new Generations(here).active().equals(new CollectionNames(2)));

        Generations local = new Generations(here);
        local.activate(local.startBuilding().orElseThrow());
        assertThat(new Generations(here).active()).isEqualTo(new CollectionNames(3));
    }

    @Test
    void liveWritersHereSeeAClaimMadeByAnotherInstanceOnceARebuildWouldReplay() throws Exception {
        tenant.publish(zhurong.events());
        MongoDatabase here = tenant.ctx().database();
        assertThat(new Generations(here).writeTargets()).containsExactly(new CollectionNames(1)); // now held here

        Generations there = new Generations(here.withReadConcern(com.mongodb.ReadConcern.DEFAULT));
        CollectionNames claimed = there.startBuilding().orElseThrow();
        Thread.sleep(Generations.WRITERS_MAY_LAG.toMillis() + 1);

        assertThat(new Generations(here).writeTargets()).containsExactly(new CollectionNames(1), claimed);
    }

    @Test
    void aRebuildOpensItsReplayOnlyOnceEveryLiveWriterCanHaveSeenItsClaim() {
        tenant.publish(zhurong.events());
        List<Long> replayOpened = new ArrayList<>();
        ReadModel forms = new FormReadModel();
        ReadModel timed = new ReadModel() {
            @Override
            public String processingGroup() {
                return forms.processingGroup();
            }

            @Override
            public cn.jixiao.query.projection.ReadModelWriter writer(cn.jixiao.query.TenantContext ctx, CollectionNames names) {
                replayOpened.add(System.nanoTime());
                return forms.writer(ctx, names);
            }
        };
        long beforeClaim = System.nanoTime();

        assertThat(rebuilder(List.of(timed)).start(tenant.ctx())).isPresent();

        assertThat(replayOpened).singleElement().satisfies(opened ->
                assertThat(Duration.ofNanos(opened - beforeClaim)).isGreaterThanOrEqualTo(Generations.WRITERS_MAY_LAG));
    }

    @Test
    void aRebuildReproducesTheLiveReadModelsInANewGenerationAndDropsTheOld() {
        tenant.publish(zhurong.events());
        tenant.publish(school.events());
        tenant.publish(bureau.events());
        List<Document> liveForms = forms(tenant, new CollectionNames(1));
        List<Document> liveRevisions = documents(tenant.ctx().database(), new CollectionNames(1), RevisionStore.COLLECTION);

        assertThat(rebuilder(List.of(new FormReadModel())).start(tenant.ctx())).isPresent();

        Generations generations = new Generations(tenant.ctx().database());
        assertThat(generations.active()).isEqualTo(new CollectionNames(2));
        assertThat(generations.building()).isEmpty();
        assertThat(forms(tenant, new CollectionNames(2))).hasSize(3).isEqualTo(liveForms);
        assertThat(documents(tenant.ctx().database(), new CollectionNames(2), RevisionStore.COLLECTION))
                .hasSize(3).isEqualTo(liveRevisions);
        assertThat(tenant.ctx().database().listCollectionNames().into(new ArrayList<>())).noneMatch(name -> name.startsWith("rm1_"));

        RebuildStatus status = rebuilder(List.of()).status(tenant.ctx());
        int total = zhurong.events().size() + school.events().size() + bureau.events().size();
        assertThat(status.state()).isEqualTo(RebuildStatus.State.DONE);
        assertThat(status.eventsTotal()).isEqualTo(total);
        assertThat(status.eventsDone()).isEqualTo(total);
        assertThat(status.startedAt()).isNotNull();
        assertThat(status.finishedAt()).isNotNull();
    }

    @Test
    void eventsWrittenDuringTheRebuildAreInTheNewGenerationAndReadsKeepWorking() {
        tenant.publish(zhurong.upTo(9));
        tenant.publish(school.events());
        AtomicReference<Long> versionReadDuringRebuild = new AtomicReference<>();
        AtomicBoolean once = new AtomicBoolean();
        ReadModel forms = new FormReadModel();
        // While the replay is at its first batch, filers keep working: the live handler writes to both generations.
        ReadModel interleaved = ReadModels.around(forms, (ctx, batch, replay) -> {
            if (once.compareAndSet(false, true)) {
                tenant.publish(zhurong.from(9));
                tenant.publish(bureau.events());
                CollectionNames active = new Generations(ctx.database()).active();
                versionReadDuringRebuild.set(new FormStore(ctx.database(), active).version(zhurong.id().value()));
            }
            replay.write(batch);
        });

        rebuilder(List.of(interleaved)).start(tenant.ctx());

        assertThat(versionReadDuringRebuild.get()).isEqualTo(zhurong.events().size());
        try (TestTenant reference = new TestTenant()) {
            reference.publish(zhurong.events());
            reference.publish(school.events());
            reference.publish(bureau.events());
            assertThat(forms(tenant, new CollectionNames(2))).isEqualTo(forms(reference, new CollectionNames(1)));
        }
        assertThat(new Generations(tenant.ctx().database()).active()).isEqualTo(new CollectionNames(2));
    }

    @Test
    void afterTheSwitchLiveEventsGoToTheNewGeneration() {
        tenant.publish(zhurong.upTo(9));
        rebuilder(List.of(new FormReadModel())).start(tenant.ctx());

        tenant.publish(zhurong.from(9));

        FormStore active = new FormStore(tenant.ctx().database(), new Generations(tenant.ctx().database()).active());
        assertThat(active.version(zhurong.id().value())).isEqualTo(zhurong.events().size());
    }

    @Test
    void readModelsOfAnOlderLayoutAreReadAsTheyAreAndRebuiltOnceWhenTheTenantStarts() {
        tenant.publish(zhurong.events());
        MongoDatabase database = tenant.ctx().database();
        CollectionNames first = new CollectionNames(1);
        // as stored before forms kept their goals apart and lists had rows of their own
        Document whole = StoredForms.of(database, first, zhurong.id().value());
        database.getCollection(first.of(FormStore.COLLECTION)).deleteMany(new Document());
        database.getCollection(first.of(FormStore.COLLECTION)).insertOne(whole);
        database.getCollection(first.of("declaration_rows")).drop();
        database.getCollection("readmodel_generations").updateOne(new Document("_id", "pointer"),
                new Document("$unset", new Document("layout", "")));
        assertThat(new FormStore(database, first).find(zhurong.id().value())).hasValueSatisfying(
                form -> assertThat(form.goals()).hasSize(2));

        QuerySideModule module = new QuerySideModule(AuditModule.withoutSigning(), new DashboardChanges(), new ProjectionProgress());
        new ProjectionRebuilder(module, Runnable::run, FAST);
        module.handlers(tenant.ctx());

        Generations generations = new Generations(database);
        assertThat(generations.active()).isEqualTo(new CollectionNames(2));
        assertThat(generations.stale()).isFalse();
        assertThat(forms(tenant, new CollectionNames(2))).containsExactly(whole);
        assertThat(database.getCollection(new CollectionNames(2).of("declaration_rows")).countDocuments()).isEqualTo(1);
        module.handlers(tenant.ctx());
        assertThat(generations.active()).as("rebuilt once").isEqualTo(new CollectionNames(2));
    }

    @Test
    void onlyOneRebuildOfATenantRunsAtATime() {
        List<Runnable> queued = new ArrayList<>();
        ProjectionRebuilder rebuilder = new ProjectionRebuilder(List.of(new FormReadModel()), queued::add, FAST);

        assertThat(rebuilder.start(tenant.ctx())).isPresent();
        assertThat(rebuilder.start(tenant.ctx())).isEmpty();
        assertThat(rebuilder.status(tenant.ctx()).running()).isTrue();

        queued.get(0).run();
        assertThat(rebuilder.status(tenant.ctx()).state()).isEqualTo(RebuildStatus.State.DONE);
        assertThat(rebuilder.start(tenant.ctx())).isPresent();
    }

    @Test
    void aRebuildWhoseNodeDiedIsTakenOverByTheNextOne() {
        tenant.publish(zhurong.events());
        List<Runnable> lost = new ArrayList<>();
        new ProjectionRebuilder(List.of(new FormReadModel()), lost::add, FAST).start(tenant.ctx());
        ProjectionRebuilder impatient = new ProjectionRebuilder(List.of(new FormReadModel()), Runnable::run,
                new ProjectionRebuilder.Timing(Duration.ofMillis(100), Duration.ZERO, Duration.ofMillis(-1)));

        assertThat(impatient.start(tenant.ctx())).isPresent();

        assertThat(impatient.status(tenant.ctx()).state()).isEqualTo(RebuildStatus.State.DONE);
        assertThat(new Generations(tenant.ctx().database()).active()).isEqualTo(new CollectionNames(3));
        assertThat(forms(tenant, new CollectionNames(3))).hasSize(1);
        assertThat(tenant.ctx().database().listCollectionNames().into(new ArrayList<>()))
                .noneMatch(name -> name.startsWith("rm1_") || name.startsWith("rm2_"));
    }
}
