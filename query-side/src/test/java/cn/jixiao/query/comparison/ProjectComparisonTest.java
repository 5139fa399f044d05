package cn.jixiao.query.comparison;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.IndicatorRevisedEvent;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.ProjectSample;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.dashboard.InMemoryTenants;
import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.query.rebuild.Generations;
import cn.jixiao.query.support.Seed;
import cn.jixiao.web.ProblemAdvice;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

/** A continuing project compares with itself year over year, matched by its project code. */
class ProjectComparisonTest {

    private static final TenantId NANYUE = TenantId.of("nanyue");
    private static final PersonRef BUSINESS = new PersonRef("u-li", "李业务");
    private static final PersonRef PERFORMANCE = new PersonRef("u-wang", "王绩效");

    private final InMemoryTenants mongo = new InMemoryTenants();
    private final WebTestClient client = WebTestClient.bindToController(new ComparisonController(mongo))
            .controllerAdvice(new ProblemAdvice())
            .argumentResolvers(resolvers -> resolvers.addCustomResolver(TestActors.fromHeaders(null)))
            .build();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aContinuingProjectsTargetsAreComparedAcrossYearsByProjectCode() {
        feed(approved(2021, "≥1200人次"));
        feed(approved(2022, "≥1300人次"));

        client.get().uri("/api/v1/comparisons/units/" + ProjectSample.UNIT_CODE + "/projects/" + ProjectSample.PROJECT_CODE)
                .header(TestActors.TENANT, NANYUE.value()).header(TestActors.ROLES, "VIEWER").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.years").isEqualTo(List.of(2021, 2022))
                .jsonPath("$.comparisons[0].indicators.kept.length()").isEqualTo(ProjectSample.INDICATORS.size())
                .jsonPath("$.comparisons[0].indicators.kept[?(@.name=='居家养老服务人次')].targetChange").isEqualTo("RAISED");
        client.get().uri("/api/v1/comparisons/units/" + ProjectSample.UNIT_CODE + "/projects/OTHER")
                .header(TestActors.TENANT, NANYUE.value()).header(TestActors.ROLES, "VIEWER").exchange()
                .expectStatus().isNotFound();
    }

    private static List<DomainEventMessage<?>> approved(int year, String serviceTarget) {
        DeclarationId id = ProjectSample.idOf(year);
        int index = 8;
        return Seed.of(ProjectSample.events(year))
                .then(new IndicatorRevisedEvent(id, ProjectSample.goalId(TargetTerm.ANNUAL), ProjectSample.indicatorId(index),
                        Level1.OUTPUT, Level2.QUANTITY, ProjectSample.INDICATORS.get(index).name(),
                        TargetValue.parse(serviceTarget)))
                .then(new DeclarationSubmittedEvent(id, 1, List.of(), ProjectSample.FILER))
                .then(new BusinessReviewPassedEvent(id, "同意", BUSINESS))
                .then(new DeclarationApprovedEvent(id, "同意批复", PERFORMANCE))
                .events();
    }

    private void feed(List<DomainEventMessage<?>> events) {
        mongo.append(NANYUE, events);
        new ComparisonReadModel().writer(mongo.of(NANYUE), new Generations(mongo.database(NANYUE)).active()).write(events);
    }
}
