package cn.jixiao.query;

import cn.jixiao.query.audit.AuditModule;
import cn.jixiao.query.dashboard.DashboardChanges;
import cn.jixiao.query.projection.ProjectionProgress;
import cn.jixiao.query.form.FormReadModel;
import cn.jixiao.query.form.FormStore;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.support.Seed;
import cn.jixiao.query.support.TestTenant;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuerySideModuleTest {

    private final TestTenant tenant = new TestTenant();

    static QuerySideModule module() {
        return new QuerySideModule(AuditModule.withoutSigning(), new DashboardChanges(), new ProjectionProgress());
    }

    @AfterEach
    void close() {
        tenant.close();
    }

    @Test
    void theFormProjectionIsRegisteredInItsProcessingGroup() {
        assertThat(module().handlers(tenant.ctx()))
                .extracting(GroupHandler::processingGroup).contains(FormReadModel.PROCESSING_GROUP);
    }

    @Test
    void eachProjectionIsAnAxonEventHandlerThatReceivesDeclarationEvents() throws Exception {
        GroupHandler forms = module().handlers(tenant.ctx()).stream()
                .filter(p -> p.processingGroup().equals(FormReadModel.PROCESSING_GROUP)).findFirst().orElseThrow();
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(forms.eventHandler());
        Seed seed = Seed.zhurong();

        for (var event : seed.events()) {
            assertThat(adapter.canHandle(event)).isTrue();
            adapter.handle(event);
        }

        assertThat(new FormStore(tenant.ctx().database(), new CollectionNames(1)).version(seed.id().value())).isEqualTo(9);
    }
}
