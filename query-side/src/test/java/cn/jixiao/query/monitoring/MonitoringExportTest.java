package cn.jixiao.query.monitoring;

import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.TestTenant;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitoring sheet goes back in as an import, so it is exported from what was written, not what is projected. */
class MonitoringExportTest {

    private final TestTenant tenant = new TestTenant();
    // generous: the first export loads POI, slow on a busy machine
    private final WebTestClient client = Api.client(new MonitoringQueryController(tenant.contexts(), Duration.ofSeconds(1)))
            .mutate().responseTimeout(Duration.ofSeconds(60)).build();

    @AfterEach
    void close() {
        tenant.close();
    }

    @Test
    void anExportRightAfterAWriteHoldsItBeforeTheReadModelHasCaughtUp() throws Exception {
        // in the store only: acknowledged to the filer, not projected yet
        tenant.append(MonitoringProjectionTest.history());
        String form = "/api/v1/monitoring/rounds/" + MonitoringProjectionTest.ROUND.value() + "/forms/"
                + MonitoringProjectionTest.DECLARATION.value();

        byte[] xlsx = client.get().uri(form + "/export").headers(Api.asFiler("430412001")).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(texts(workbook.getSheetAt(0).getRow(7))).contains("1亩", "协调资金");
        }
        client.get().uri(form).headers(Api.asFiler("430412001")).exchange().expectStatus().isNotFound();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.toString());
        }
        return texts;
    }
}
