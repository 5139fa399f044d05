package cn.jixiao.query.projection;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.GroupHandler;
import cn.jixiao.query.QuerySideModule;
import cn.jixiao.query.audit.AuditController;
import cn.jixiao.query.audit.AuditKeys;
import cn.jixiao.query.audit.AuditModule;
import cn.jixiao.query.audit.TreeHeadPolicy;
import cn.jixiao.query.comparison.ComparisonController;
import cn.jixiao.query.dashboard.DashboardChanges;
import cn.jixiao.query.dashboard.DashboardFeed;
import cn.jixiao.query.form.FormController;
import cn.jixiao.query.form.FormReads;
import cn.jixiao.query.revisions.RevisionsController;
import cn.jixiao.query.support.MongoCommands;
import cn.jixiao.query.support.ProcessorBatches;
import cn.jixiao.query.support.Seed;
import cn.jixiao.query.support.TestTenant;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * mongo-java-server answers from an index only for equality on exactly the keys of a unique index, or {@code $in}
 * on a single-field unique index; anything else reads the whole collection. This records what the driver sends
 * while every projection group handles a batch and the read endpoints answer, and fails on any filter that no
 * unique index of its collection serves.
 */
class KeyServedAccessTest {

    private final TestTenant tenant = new TestTenant();
    private final AuditModule audit = new AuditModule(AuditKeys.generate("test"), new TreeHeadPolicy(10, Duration.ofDays(1)),
            Clock.systemUTC());
    private final DashboardChanges changes = new DashboardChanges();
    private final QuerySideModule module = new QuerySideModule(audit, changes, tenant.progress());
    private final List<GroupHandler> handlers = module.handlers(tenant.ctx());
    private final Actor reader = new Actor("u-audit", "赵审计", Set.of(Role.AUDITOR, Role.VIEWER, Role.BUSINESS_REVIEWER),
            TestTenant.TENANT, null);

    @AfterEach
    void close() {
        tenant.close();
    }

    @Test
    void projectingABatchAndAnsweringReadsUsesOnlyKeyServedFilters() {
        Seed zhurong = Seed.zhurong().returned("目标不够具体").revised().submitted(2).approved();
        Seed school = Seed.of("431203002", "南岳区第一中学", 2020).filledIn().submitted(1);
        Seed bureau = Seed.of("431203003", "南岳区财政局", 2020).filledIn();
        List<DomainEventMessage<?>> first = new ArrayList<>(zhurong.upTo(9));
        first.addAll(school.events());
        List<DomainEventMessage<?>> second = new ArrayList<>(zhurong.from(9));
        second.addAll(bureau.events());
        project(first);
        tenant.commands().clear();

        project(second);
        FormReads reads = new FormReads(tenant.contexts(), tenant.progress(), Duration.ofSeconds(10));
        String id = zhurong.id().value();
        new FormController(reads).form(reader, id, null, null, (long) zhurong.events().size()).block();
        new FormController(reads).validation(reader, id, null).block();
        new RevisionsController(reads).revisions(reader, id, null).block();
        new ComparisonController(tenant.contexts()).compare("431203001", null, reader).block();
        new DashboardFeed(tenant.contexts(), changes).snapshot(TestTenant.TENANT, 2020).block();
        new AuditController(tenant.contexts(), audit).treeHead(reader, null).block();

        List<MongoCommands.Filter> filters = tenant.commands().filters();
        assertThat(filters).isNotEmpty();
        assertThat(filters).allSatisfy(filter -> assertThat(servedByAUniqueIndex(filter))
                .as("%s on %s with %s", filter.command(), filter.collection(), filter.filter()).isTrue());
    }

    private void project(List<DomainEventMessage<?>> batch) {
        tenant.append(batch);
        for (GroupHandler group : handlers) {
            AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(group.eventHandler());
            ProcessorBatches.feed(event -> {
                try {
                    adapter.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, batch);
        }
    }

    private final Map<String, List<Set<String>>> uniqueKeys = new HashMap<>();

    private boolean servedByAUniqueIndex(MongoCommands.Filter filter) {
        BsonDocument query = filter.filter();
        if (query.containsKey("$scan")) {
            return false;
        }
        for (Set<String> keys : uniqueKeys.computeIfAbsent(filter.collection(), this::uniqueIndexesOf)) {
            if (!query.keySet().equals(keys)) {
                continue;
            }
            boolean plain = query.values().stream().allMatch(value -> !value.isDocument());
            boolean in = keys.size() == 1 && query.values().stream().allMatch(KeyServedAccessTest::isOnlyIn);
            if (plain || in) {
                return true;
            }
        }
        return false;
    }

    private List<Set<String>> uniqueIndexesOf(String collection) {
        List<Set<String>> unique = new ArrayList<>();
        for (Document index : tenant.ctx().database().getCollection(collection).listIndexes()) {
            if (index.get("key", Document.class).keySet().equals(Set.of("_id")) || Boolean.TRUE.equals(index.get("unique"))) {
                unique.add(index.get("key", Document.class).keySet());
            }
        }
        return unique;
    }

    private static boolean isOnlyIn(BsonValue value) {
        return value.isDocument() && value.asDocument().keySet().equals(Set.of("$in"));
    }
}
