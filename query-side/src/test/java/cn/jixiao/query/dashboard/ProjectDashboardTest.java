package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.ProjectSample;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.support.Seed;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard tells the two kinds apart and sums project forms per competent department. */
class ProjectDashboardTest {

    private static final TenantId TENANT = TenantId.of("nanyue");

    private final InMemoryTenants mongo = new InMemoryTenants();
    private final CollectionNames generation = new CollectionNames(1);
    private final ReadModelWriter writer = new DashboardReadModel(new DashboardChanges()).writer(mongo.of(TENANT), generation);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void projectFormsCountByKindAndByCompetentDepartmentWithTheirFunds() {
        DeclarationStream department = new DeclarationStream("001", ProjectSample.YEAR);
        writer.write(List.of(department.created(), department.budget("649.4", "210.6", "438.8", "7", "1")));
        List<DomainEventMessage<?>> project = Seed.of(ProjectSample.events()).events();
        writer.write(project);

        DashboardSnapshot snapshot = DashboardReadModel.snapshot(mongo.of(TENANT).database(), ProjectSample.YEAR);

        assertThat(snapshot.declarations()).isEqualTo(2);
        assertThat(snapshot.byKind()).containsEntry(DeclarationKind.DEPARTMENT, 1).containsEntry(DeclarationKind.PROJECT, 1);
        assertThat(snapshot.projectsByCompetentDepartment())
                .containsEntry(ProjectSample.INFO.competentDepartment(), new ProjectFigures(1, Amount.of("86.5")));
        assertThat(snapshot.budgetTotals().income()).isEqualTo(Amount.of("649.4"));
    }
}
