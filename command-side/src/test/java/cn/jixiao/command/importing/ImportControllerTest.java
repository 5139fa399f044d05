package cn.jixiao.command.importing;

import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.command.web.WriteRequestResolver;
import cn.jixiao.web.ProblemAdvice;
import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.testing.NoIdempotencyStore;
import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.kernel.register.RegisterCodes;
import cn.jixiao.kernel.register.RegisterState;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.SeedForm;
import cn.jixiao.kernel.tenant.TenantId;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ImportControllerTest {

    private static final TenantId TENANT = TenantId.of("nanyue");
    private static final Actor FILER = new Actor("u-1", "旷文倩", Set.of(Role.FILER), TENANT, "430412001");
    private static final Actor ADMIN = new Actor("u-2", "管理员", Set.of(Role.TENANT_ADMIN), TENANT, null);
    private static final Actor VIEWER = new Actor("u-3", "领导", Set.of(Role.VIEWER), TENANT, null);

    private RegisterState register = RegisterState.EMPTY;
    private final TestTenant tenant = TestTenant.importingInto(StandInDeclaration.class, () -> register);
    private final List<Object> sent = new ArrayList<>();
    private Actor actor = FILER;

    @AfterEach
    void stopAxon() {
        tenant.close();
    }

    @Test
    void aFilerImportsTheWordFormOfTheirOwnUnit() {
        DeclarationId id = DeclarationId.forUnit(FILER.unitCode(), 2020, DeclarationKind.DEPARTMENT);

        upload(SeedFiles.bytes(SeedFiles.DOCX), "祝融2020.docx", null, false)
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/v1/declarations/" + id)
                .expectHeader().valueEquals("ETag", "\"53\"")
                .expectBody()
                .jsonPath("$.id").isEqualTo(id.toString())
                .jsonPath("$.version").isEqualTo(53)
                .jsonPath("$.unitCode").isEqualTo(FILER.unitCode());
        assertThat(eventCount(id)).isEqualTo(53);
    }

    @Test
    void aTenantAdminsImportWithoutACodeFilesUnderTheUnitThatBoreTheFormsName() {
        actor = ADMIN;
        String code = "430412009";
        register = Registered.unit(code, "南岳区祝融街道", SeedForm.UNIT_NAME);

        upload(SeedFiles.bytes(SeedFiles.TXT), "zhurong.txt", null, false)
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.unitCode").isEqualTo(code);
        assertThat(eventCount(DeclarationId.forUnit(code, 2020, DeclarationKind.DEPARTMENT))).isEqualTo(53);
    }

    @Test
    void aFormOfAnUnregisteredUnitIsRefusedNamingTheClosestRegisteredNamesAndNoCodeIsMadeUp() {
        actor = ADMIN;
        register = Registered.unit("430412002", "衡阳市南岳区南岳镇人民政府", null);

        upload(SeedFiles.bytes(SeedFiles.TXT), "zhurong.txt", null, false)
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo(RegisterCodes.UNIT_NAME_UNKNOWN)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains(SeedForm.UNIT_NAME, "衡阳市南岳区南岳镇人民政府"));
        assertThat(eventCount(DeclarationId.forUnit("430412002", 2020, DeclarationKind.DEPARTMENT))).isZero();
    }

    @Test
    void aTenantAdminRecordsAPastFormApprovedOnPaper() {
        actor = ADMIN;

        upload(SeedFiles.bytes(SeedFiles.XLSX), "zhurong.xlsx", "430412001", true)
                .expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"54\"")
                .expectBody().jsonPath("$.approved").isEqualTo(true);
    }

    @Test
    void aFilerCannotRecordAFormAsApproved() {
        upload(SeedFiles.bytes(SeedFiles.XLSX), "zhurong.xlsx", null, true)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo(ImportRejectedException.IMPORT_FORBIDDEN);
        assertThat(sent).isEmpty();
    }

    @Test
    void aFilerCannotImportForAnotherUnit() {
        upload(SeedFiles.bytes(SeedFiles.XLSX), "zhurong.xlsx", "999", false).expectStatus().isForbidden();
        assertThat(sent).isEmpty();
    }

    @Test
    void aViewerCannotImport() {
        actor = VIEWER;
        upload(SeedFiles.bytes(SeedFiles.XLSX), "zhurong.xlsx", null, false).expectStatus().isForbidden();
        assertThat(sent).isEmpty();
    }

    @Test
    void aTruncatedWordFileIsRefusedAsDamaged() {
        byte[] docx = SeedFiles.bytes(SeedFiles.DOCX);

        upload(Arrays.copyOf(docx, docx.length / 2), "zhurong.docx", null, false)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(ImportRejectedException.FILE_DAMAGED);
        assertThat(sent).isEmpty();
    }

    @Test
    void aSpreadsheetThatIsNotAFormIsRefused() throws IOException {
        upload(randomSpreadsheet(), "销售统计.xlsx", null, false)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo(ImportRejectedException.NOT_A_FORM)
                .jsonPath("$.problems[0].code").isEqualTo(ImportRejectedException.NOT_A_FORM)
                .jsonPath("$.violations[0].field").isEqualTo("file");
        assertThat(sent).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        upload(new byte[0], "empty.docx", null, false)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo(ImportRejectedException.FILE_EMPTY);
        assertThat(sent).isEmpty();
    }

    @Test
    void aNonNumericAmountIsReportedWithItsExcelCell() throws IOException {
        byte[] xlsx = withCell(SeedFiles.bytes(SeedFiles.XLSX), "C9", "六百四十九点四");

        upload(xlsx, "zhurong.xlsx", null, false)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.problems.length()").isEqualTo(1)
                .jsonPath("$.problems[0].cell").isEqualTo("C9")
                .jsonPath("$.problems[0].code").isEqualTo("AMOUNT_NOT_A_NUMBER")
                .jsonPath("$.problems[0].message").value(message -> assertThat((String) message).contains("一般公共预算"))
                .jsonPath("$.violations[0].field").isEqualTo("C9");
        assertThat(sent).isEmpty();
    }

    @Test
    void aNonNumericAmountIsReportedWithItsLineInTheTextDump() {
        String text = new String(SeedFiles.bytes(SeedFiles.TXT), StandardCharsets.UTF_8).replace("\t210.6", "\t二百一十");

        upload(text.getBytes(StandardCharsets.UTF_8), "zhurong.txt", null, false)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.problems[0].cell").isEqualTo("line 62")
                .jsonPath("$.problems[0].code").isEqualTo("AMOUNT_NOT_A_NUMBER");
        assertThat(sent).isEmpty();
    }

    @Test
    void aFileAboveTheLimitIsRefusedAsTooLarge() {
        WebTestClient small = client(DataSize.ofKilobytes(4));

        send(small, SeedFiles.bytes(SeedFiles.DOCX), "zhurong.docx", null, false)
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectBody().jsonPath("$.code").isEqualTo(ImportRejectedException.FILE_TOO_LARGE);
        assertThat(sent).isEmpty();
    }

    @Test
    void anImageIsRefusedAsAnUnsupportedFormat() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        upload(png, "scan.png", null, false).expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(sent).isEmpty();
    }

    @Test
    void anOldExcelFileIsRefusedAsAnUnsupportedFormat() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        upload(xls, "old.xls", null, false)
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(".xlsx"));
    }

    private WebTestClient.ResponseSpec upload(byte[] content, String fileName, String unitCode, boolean approved) {
        return send(client(DataSize.ofMegabytes(5)), content, fileName, unitCode, approved);
    }

    private WebTestClient.ResponseSpec send(WebTestClient client, byte[] content, String fileName, String unitCode,
                                            boolean approved) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(content)).filename(fileName);
        if (unitCode != null) {
            body.part("unitCode", unitCode);
        }
        return client.post().uri("/api/v1/imports?approved=" + approved)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    private WebTestClient client(DataSize maxSize) {
        return WebTestClient.bindToController(new ImportController(new AxonGateway(), NoIdempotencyStore.requests(), maxSize))
                .controllerAdvice(new ProblemAdvice())
                .argumentResolvers(resolvers -> resolvers.addCustomResolver(TestActors.always(() -> actor),
                        new WriteRequestResolver()))
                .configureClient().responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private long eventCount(DeclarationId id) {
        return tenant.events(id).size();
    }

    /** What deploy does: the actor's metadata plus the extra, to the tenant's command bus. */
    private final class AxonGateway implements TenantCommandGateway {
        @Override
        public <R> Mono<R> send(Actor sender, Object command, Map<String, ?> extraMetadata) {
            sent.add(command);
            Map<String, Object> metadata = new HashMap<>(extraMetadata);
            metadata.put("actorId", sender.id());
            return Mono.fromCallable(() -> tenant.commandGateway()
                    .sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metadata)));
        }
    }

    private static byte[] randomSpreadsheet() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("销售");
            for (int r = 0; r < 20; r++) {
                sheet.createRow(r).createCell(0).setCellValue("产品" + r);
                sheet.getRow(r).createCell(1).setCellValue(r * 3.5);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] withCell(byte[] xlsx, String ref, String value) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.util.CellReference cell = new org.apache.poi.ss.util.CellReference(ref);
            workbook.getSheetAt(0).getRow(cell.getRow()).getCell(cell.getCol()).setCellValue(value);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
