package cn.jixiao.query.comparison;

import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.dashboard.InMemoryTenants;
import cn.jixiao.web.ProblemAdvice;
import cn.jixiao.query.rebuild.Generations;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

class ComparisonApiTest {

    private static final TenantId NANYUE = TenantId.of("nanyue");
    private static final String URI = "/api/v1/comparisons/units/001";

    private final InMemoryTenants mongo = new InMemoryTenants();
    private final WebTestClient client = WebTestClient.bindToController(new ComparisonController(mongo))
            .controllerAdvice(new ProblemAdvice())
            .argumentResolvers(resolvers -> resolvers.addCustomResolver(TestActors.fromHeaders(null)))
            .build();
    private final TwoYearsOfZhurong zhurong = new TwoYearsOfZhurong();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void comparesTheBudgetOfTwoApprovedYears() {
        feed(zhurong.events2020());
        feed(zhurong.events2021());

        get(URI + "?years=2020,2021", "VIEWER", null).expectStatus().isOk().expectBody()
                .jsonPath("$.unitCode").isEqualTo("001")
                .jsonPath("$.years").isEqualTo(List.of(2020, 2021))
                .jsonPath("$.comparisons.length()").isEqualTo(1)
                .jsonPath("$.comparisons[0].fromYear").isEqualTo(2020)
                .jsonPath("$.comparisons[0].toYear").isEqualTo(2021)
                .jsonPath("$.comparisons[0].budget.length()").isEqualTo(12)
                .jsonPath("$.comparisons[0].budget[?(@.field=='income.total')].from").isEqualTo("649.4")
                .jsonPath("$.comparisons[0].budget[?(@.field=='income.total')].to").isEqualTo("700")
                .jsonPath("$.comparisons[0].budget[?(@.field=='income.total')].change").isEqualTo("50.6")
                .jsonPath("$.comparisons[0].budget[?(@.field=='income.total')].percent").isEqualTo("7.79")
                .jsonPath("$.comparisons[0].budget[?(@.field=='expenditure.basic')].change").isEqualTo("-10.6")
                .jsonPath("$.comparisons[0].budget[?(@.field=='expenditure.basic')].percent").isEqualTo("-5.03")
                .jsonPath("$.comparisons[0].budget[?(@.field=='threePublic.vehicles')].percent").isEqualTo("-28.57")
                .jsonPath("$.comparisons[0].budget[?(@.field=='income.governmentFund')].change").isEqualTo("0")
                .jsonPath("$.comparisons[0].budget[2].field").isEqualTo("income.governmentFund")
                .jsonPath("$.comparisons[0].budget[2].percent").isEmpty();
    }

    @Test
    void tellsWhichTargetsWereRaisedLoweredKeptDroppedAndNew() {
        feed(zhurong.events2020());
        feed(zhurong.events2021());

        get(URI + "?years=2020,2021", "VIEWER", null).expectStatus().isOk().expectBody()
                .jsonPath("$.comparisons[0].indicators.kept.length()").isEqualTo(3)
                .jsonPath("$.comparisons[0].indicators.kept[?(@.name=='培训次数')].targetChange").isEqualTo("RAISED")
                .jsonPath("$.comparisons[0].indicators.kept[?(@.name=='培训次数')].difference").isEqualTo("3")
                .jsonPath("$.comparisons[0].indicators.kept[?(@.name=='培训次数')].from.value").isEqualTo("12")
                .jsonPath("$.comparisons[0].indicators.kept[?(@.name=='培训次数')].to.text").isEqualTo("≥15次")
                .jsonPath("$.comparisons[0].indicators.kept[?(@.name=='人均成本')].targetChange").isEqualTo("LOWERED")
                .jsonPath("$.comparisons[0].indicators.kept[?(@.name=='群众满意度')].targetChange").isEqualTo("UNCHANGED")
                .jsonPath("$.comparisons[0].indicators.dropped[0].name").isEqualTo("土地出让面积")
                .jsonPath("$.comparisons[0].indicators.dropped[0].goalNumber").isEqualTo(1)
                .jsonPath("$.comparisons[0].indicators.new[0].name").isEqualTo("完工时间")
                .jsonPath("$.comparisons[0].indicators.new[0].level2").isEqualTo("TIMELINESS");
    }

    @Test
    void withoutYearsComparesEveryApprovedYear() {
        feed(zhurong.events2020());
        feed(zhurong.events2021());
        feed(zhurong.adjustment2021());

        get(URI, "AUDITOR", null).expectStatus().isOk().expectBody()
                .jsonPath("$.years").isEqualTo(List.of(2020, 2021))
                .jsonPath("$.comparisons[0].budget[?(@.field=='income.total')].to").isEqualTo("700");
    }

    @Test
    void aUnitWithoutApprovedDeclarationsIsNotFound() {
        feed(zhurong.events2021().subList(0, 8));

        get(URI, "VIEWER", null).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get("/api/v1/comparisons/units/999", "VIEWER", null).expectStatus().isNotFound();
    }

    @Test
    void yearsAskedForWithoutApprovalAreReportedAsMissing() {
        feed(zhurong.events2020());

        get(URI + "?years=2020,2022", "VIEWER", null).expectStatus().isOk().expectBody()
                .jsonPath("$.years").isEqualTo(List.of(2020))
                .jsonPath("$.missingYears").isEqualTo(List.of(2022))
                .jsonPath("$.comparisons.length()").isEqualTo(0);
    }

    @Test
    void aFilerComparesOnlyTheirOwnUnit() {
        feed(zhurong.events2020());

        get(URI, "FILER", "001").expectStatus().isOk();
        get(URI, "FILER", "002").expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get(URI, "PLATFORM_OPERATOR", null).expectStatus().isForbidden();
    }

    @Test
    void malformedYearsAreABadRequest() {
        get(URI + "?years=2020,abc", "VIEWER", null).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("years")
                .jsonPath("$.violations[0].code").isEqualTo("YEAR_INVALID");
    }

    private WebTestClient.ResponseSpec get(String uri, String roles, String unit) {
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri(uri)
                .header(TestActors.TENANT, NANYUE.value()).header(TestActors.ROLES, roles);
        if (unit != null) {
            request = request.header(TestActors.UNIT, unit);
        }
        return request.exchange();
    }

    private void feed(List<DomainEventMessage<?>> events) {
        mongo.append(NANYUE, events);
        new ComparisonReadModel().writer(mongo.of(NANYUE), new Generations(mongo.database(NANYUE)).active()).write(events);
    }
}
