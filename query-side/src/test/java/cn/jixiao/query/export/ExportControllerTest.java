package cn.jixiao.query.export;

import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContext;
import cn.jixiao.web.ProblemAdvice;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExportControllerTest {

    private static final TenantId TENANT = TenantId.of("nanyue");
    private static final Actor AUDITOR = new Actor("u-9", "审计", Set.of(Role.AUDITOR), TENANT, null);
    private static final Actor OPERATOR = new Actor("op", "运维", Set.of(Role.PLATFORM_OPERATOR), null, null);

    private final EventStore store = SampleDeclaration.storeWith(SampleDeclaration.approved());
    private Actor actor = AUDITOR;

    @Test
    void exportsTheExcelFormInTheOfficialLayout() throws IOException {
        byte[] xlsx = export("xlsx").expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, "A2")).isEqualTo("（ 2020 年度）");
            assertThat(text(sheet, "B8")).isEqualTo("收入合计");
            assertThat(sheet.getRow(8).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(649.4);
            assertThat(text(sheet, "B16")).isEqualTo("目标1");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("B16:B21"),
                    CellRangeAddress.valueOf("C16:C18"), CellRangeAddress.valueOf("D16:D17"));
            assertThat(text(sheet, "G18")).isEqualTo("≤296.8725万元");
            assertThat(text(sheet, "B25")).contains("审核通过：预算与目标匹配", "业务股李四", "年");
            assertThat(text(sheet, "B26")).contains("同意批复：同意", "绩效股王五");
        }
    }

    @Test
    void exportsTheWordFormWithVerticallyMergedIndicatorCells() throws IOException {
        byte[] docx = export("docx").expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("南岳区祝融街道办事处部门整体支出绩效目标申报表");
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(12).getCell(1).getText()).isEqualTo("目标1");
            assertThat(table.getRow(13).getCell(1).getCTTc().getTcPr().getVMerge()).isNotNull();
            assertThat(table.getRow(21).getCell(1).getText()).contains("审核通过");
        }
    }

    @Test
    void anUnknownDeclarationIsNotFound() {
        client().get().uri("/api/v1/declarations/{id}/export?format=xlsx", "no-such-declaration").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void aPlatformOperatorNeverReadsADeclaration() {
        actor = OPERATOR;
        export("xlsx").expectStatus().isForbidden();
    }

    @Test
    void aFilerExportsOnlyTheirOwnUnitsDeclaration() {
        actor = new Actor("u-7", "别的单位", Set.of(Role.FILER), TENANT, "999");
        export("xlsx").expectStatus().isForbidden();

        actor = new Actor("u-1", "旷文倩", Set.of(Role.FILER), TENANT, "430412001");
        export("docx").expectStatus().isOk();
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        export("pdf").expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("format");
    }

    private WebTestClient.ResponseSpec export(String format) {
        return client().get().uri("/api/v1/declarations/{id}/export?format=" + format, SampleDeclaration.ID).exchange();
    }

    private WebTestClient client() {
        return WebTestClient.bindToController(new ExportController(tenant -> new TenantContext(tenant, null, store)))
                .argumentResolvers(resolvers -> resolvers.addCustomResolver(TestActors.always(() -> actor)))
                .controllerAdvice(new ProblemAdvice())
                .configureClient().responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static String text(Sheet sheet, String ref) {
        org.apache.poi.ss.util.CellReference cell = new org.apache.poi.ss.util.CellReference(ref);
        return sheet.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue();
    }
}
