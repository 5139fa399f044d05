package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.audit.AuditModule;
import cn.jixiao.query.Projection;
import cn.jixiao.query.QuerySideModule;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.comparison.ComparisonReadModel;
import cn.jixiao.query.rebuild.LiveProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard and comparison read models as deploy gets them: through the module entry point and the live handler. */
class DashboardRegistrationTest {

    private static final TenantId TENANT = TenantId.of("nanyue");

    private final InMemoryMongo mongo = new InMemoryMongo();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theModuleRegistersTheDashboardAndComparisonProcessingGroups() {
        List<String> groups = QuerySideModule.projections(mongo.of(TENANT), AuditModule.withoutSigning()).stream().map(Projection::processingGroup).toList();

        assertThat(groups).contains(DashboardReadModel.PROCESSING_GROUP, ComparisonReadModel.PROCESSING_GROUP);
    }

    @Test
    void theLiveHandlerWritesTheActiveGenerationThatReadersSee() {
        TenantContext ctx = mongo.of(TENANT);
        LiveProjection live = (LiveProjection) QuerySideModule.projections(ctx, AuditModule.withoutSigning()).stream()
                .filter(p -> p.processingGroup().equals(DashboardReadModel.PROCESSING_GROUP))
                .findFirst().orElseThrow().eventHandler();
        DeclarationStream zhurong = new DeclarationStream("001", 2020);

        live.on(zhurong.created());
        live.on(zhurong.submitted(1));

        DashboardSnapshot snapshot = DashboardSnapshot.of(2020, DashboardReadModel.active(ctx.database()).ofYear(2020));
        assertThat(snapshot.byStatus()).containsEntry(DeclarationStatus.SUBMITTED, 1);
    }
}
