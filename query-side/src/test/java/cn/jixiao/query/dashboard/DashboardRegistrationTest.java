package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.audit.AuditModule;
import cn.jixiao.query.GroupHandler;
import cn.jixiao.query.QuerySideModule;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.comparison.ComparisonReadModel;
import cn.jixiao.query.projection.LiveHandler;
import cn.jixiao.query.projection.ProjectionProgress;
import cn.jixiao.query.support.ProcessorBatches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard and comparison read models as deploy gets them: through the module entry point and the live handler. */
class DashboardRegistrationTest {

    private static final TenantId TENANT = TenantId.of("nanyue");

    private final InMemoryTenants mongo = new InMemoryTenants();

    private static QuerySideModule module() {
        return new QuerySideModule(AuditModule.withoutSigning(), new DashboardChanges(), new ProjectionProgress());
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theModuleRegistersTheDashboardAndComparisonProcessingGroups() {
        List<String> groups = module().handlers(mongo.of(TENANT)).stream().map(GroupHandler::processingGroup).toList();

        assertThat(groups).contains(DashboardReadModel.PROCESSING_GROUP, ComparisonReadModel.PROCESSING_GROUP);
    }

    @Test
    void theLiveHandlerWritesTheActiveGenerationThatReadersSee() {
        TenantContext ctx = mongo.of(TENANT);
        LiveHandler live = (LiveHandler) module().handlers(ctx).stream()
                .filter(p -> p.processingGroup().equals(DashboardReadModel.PROCESSING_GROUP))
                .findFirst().orElseThrow().eventHandler();
        DeclarationStream zhurong = new DeclarationStream("001", 2020);

        ProcessorBatches.feed(live::on, List.of(zhurong.created(), zhurong.submitted(1)));

        DashboardSnapshot snapshot = DashboardReadModel.snapshot(ctx.database(), 2020);
        assertThat(snapshot.byStatus()).containsEntry(DeclarationStatus.SUBMITTED, 1);
    }
}
