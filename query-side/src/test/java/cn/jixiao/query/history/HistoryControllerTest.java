package cn.jixiao.query.history;

import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.query.audit.AuditFixture;
import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryControllerTest {

    private final AuditFixture tenant = new AuditFixture();
    private final WebTestClient web = Api.client(new HistoryController(tenant.contexts()));

    @AfterEach
    void close() {
        tenant.close();
    }

    private Seed returnedAndResubmitted() {
        Seed seed = Seed.zhurong().returned("预算与目标不符").revised().submitted(2).approved();
        tenant.append(seed.events());
        return seed;
    }

    private WebTestClient.ResponseSpec history(String id, String roles) {
        return web.get().uri("/api/v1/declarations/{id}/history", id).header(Api.ROLES, roles).exchange();
    }

    @Test
    void theHistoryOfAReturnedAndResubmittedDeclarationTellsWhoDidWhat() {
        Seed seed = returnedAndResubmitted();

        DeclarationHistory.View view = history(seed.id().value(), "AUDITOR")
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"18\"")
                .expectBody(DeclarationHistory.View.class).returnResult().getResponseBody();

        assertThat(view.version()).isEqualTo(18);
        assertThat(view.events()).extracting(HistoryEntry::version).containsExactly(
                1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L);
        assertThat(view.events()).extracting(HistoryEntry::summary).containsExactly(
                "旷文倩 创建2020年度部门整体绩效目标申报表（衡阳市南岳区祝融街道办事处）",
                "旷文倩 修改基本信息（填报单位 南岳区祝融街道办事处，单位负责人 尹晖，联系人 旷文倩 18216015913，编制 23 人，实有 29 人）",
                "旷文倩 修改部门职能（14字）",
                "旷文倩 修改预算：收入合计 649.4万元，支出合计 649.4万元，三公经费 8万元",
                "旷文倩 修改年度总体目标「在今年收支预算内完成各项工作」",
                "旷文倩 新增目标1「实施城中村改造重点工程项目」",
                "旷文倩 新增指标「鑫聚缘二期土地出让面积」（产出指标/数量指标，目标值 =8.73亩）",
                "旷文倩 新增指标「群众满意度」（满意度指标/服务对象满意度，目标值 ≥90%）",
                "旷文倩 提交第1版，含1条提醒",
                "李股长 业务股室退回修改：预算与目标不符",
                "旷文倩 修改指标「鑫聚缘二期土地出让面积」（产出指标/数量指标，目标值 ≥9亩）",
                "旷文倩 删除指标「群众满意度」",
                "旷文倩 新增目标2「控制行政成本」",
                "旷文倩 新增指标「三公经费」（产出指标/成本指标，目标值 ≤8万元）",
                "旷文倩 修改其他需要说明的问题（1字）",
                "旷文倩 提交第2版，含1条提醒",
                "李股长 业务股室审核通过：同意",
                "王股长 监督绩效股批复：同意批复");
        HistoryEntry returned = view.events().get(9);
        assertThat(returned.type()).isEqualTo("DeclarationReturnedEvent");
        assertThat(returned.actor()).isEqualTo(new HistoryEntry.ActorView("u-biz", "李股长", List.of("BUSINESS_REVIEWER")));
        assertThat(returned.at()).isEqualTo("2020-01-06T08:09:00Z");
        assertThat(returned.correlationId()).startsWith("c-");
        assertThat(returned.payload()).asString().contains("预算与目标不符");
    }

    @Test
    void thePayloadIsTheEventAsJson() {
        Seed seed = returnedAndResubmitted();
        history(seed.id().value(), "PERFORMANCE_REVIEWER").expectStatus().isOk().expectBody()
                .jsonPath("$.events[3].payload.income.total").isEqualTo("649.4")
                .jsonPath("$.events[6].payload.target.text").isEqualTo("=8.73亩")
                .jsonPath("$.events[9].payload.stage").isEqualTo("BUSINESS")
                .jsonPath("$.events[0].actor.roles[0]").isEqualTo("FILER");
    }

    @Test
    void reviewersAndTheTenantAdminMayReadItButNotFilersViewersOrTheOperator() {
        Seed seed = returnedAndResubmitted();
        for (String allowed : List.of("AUDITOR", "BUSINESS_REVIEWER", "PERFORMANCE_REVIEWER", "TENANT_ADMIN")) {
            history(seed.id().value(), allowed).expectStatus().isOk();
        }
        for (String refused : List.of("FILER", "VIEWER", "PLATFORM_OPERATOR")) {
            history(seed.id().value(), refused).expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void anUnknownDeclarationIsNotFound() {
        returnedAndResubmitted();
        history("no-such-declaration", "AUDITOR").expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void everyKindOfDeclarationEventHasASummary() {
        for (Class<?> permitted : DeclarationEvent.class.getPermittedSubclasses()) {
            assertThat(EventSummaries.covers(permitted)).as(permitted.getSimpleName()).isTrue();
        }
    }
}
