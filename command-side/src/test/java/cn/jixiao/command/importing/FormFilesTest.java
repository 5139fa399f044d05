package cn.jixiao.command.importing;

import cn.jixiao.command.importing.ImportedForm.ImportedGoal;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.SeedForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FormFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {SeedFiles.TXT, SeedFiles.DOCX, SeedFiles.XLSX})
    void everyFormatReadsTheSeedExactly(String fixture) {
        ImportedForm form = FormFiles.read(SeedFiles.bytes(fixture));

        assertThat(form.year()).isEqualTo(SeedForm.YEAR);
        assertThat(form.unitName()).isEqualTo(SeedForm.UNIT_NAME);
        assertThat(form.filingUnit()).isEqualTo(SeedForm.FILING_UNIT);
        assertThat(form.leader()).isEqualTo(SeedForm.LEADER);
        assertThat(form.contact()).isEqualTo(SeedForm.CONTACT);
        assertThat(form.staffing()).isEqualTo(SeedForm.STAFFING);
        assertThat(form.income()).isEqualTo(SeedForm.INCOME);
        assertThat(form.income().total().toString()).isEqualTo("649.4");
        assertThat(form.expenditure()).isEqualTo(SeedForm.EXPENDITURE);
        assertThat(form.threePublic()).isEqualTo(SeedForm.THREE_PUBLIC);
        assertThat(form.overallGoal()).isEqualTo(SeedForm.OVERALL_GOAL);
        assertThat(form.goals()).extracting(ImportedGoal::description).containsExactlyElementsOf(SeedForm.GOALS);
        assertThat(form.goals()).extracting(ImportedGoal::number).containsExactly(1, 2, 3, 4);
        assertThat(form.notes()).isEmpty();
        assertThat(form.reviews()).isEmpty();
        assertThat(form.edition()).isEqualTo(Edition.E2020);
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedFiles.TXT, SeedFiles.DOCX, SeedFiles.XLSX})
    void everyFormatReadsAll44IndicatorsWithTheirLevelsAndTargets(String fixture) {
        ImportedForm form = FormFiles.read(SeedFiles.bytes(fixture));

        List<SeedForm.Row> rows = form.goals().stream().flatMap(goal -> goal.indicators().stream().map(i ->
                new SeedForm.Row(goal.number(), i.level1(), i.level2(), i.name(), i.target().text()))).toList();
        assertThat(rows).containsExactlyElementsOf(SeedForm.INDICATORS);
        assertThat(form.indicatorCount()).isEqualTo(44);
        assertThat(form.goals().get(0).indicators().get(5).target().value()).isEqualByComparingTo("296.8725");
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedFiles.TXT, SeedFiles.DOCX, SeedFiles.XLSX})
    void keepsTheFunctionsTextIntact(String fixture) {
        String functions = FormFiles.read(SeedFiles.bytes(fixture)).functions();

        assertThat(functions).isEqualTo(SeedForm.FUNCTIONS);
        assertThat(functions.split("\n")).hasSize(7);
        assertThat(functions).startsWith("1、宣传贯彻落实法律法规和党的各项方针政策，坚持依法行政")
                .contains("\n4、加强社会管理，维护社会稳定。")
                .endsWith("\n7、负责完成上级交办的其它工作任务。");
    }

    @Test
    void theThreeFormatsReadToTheSameForm() {
        ImportedForm text = FormFiles.read(SeedFiles.bytes(SeedFiles.TXT));

        assertThat(FormFiles.read(SeedFiles.bytes(SeedFiles.DOCX))).isEqualTo(text);
        assertThat(FormFiles.read(SeedFiles.bytes(SeedFiles.XLSX))).isEqualTo(text);
    }

    @Test
    void aStrayCellFarAwayDoesNotBlowUpTheSheet() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SeedFiles.bytes(SeedFiles.XLSX)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheetAt(0).createRow(1_048_575).createCell(16_383).setCellValue("x");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ImportedForm form = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> FormFiles.read(xlsx));

        assertThat(form.indicatorCount()).isEqualTo(44);
    }

    @Test
    void aSheetOfAHundredThousandRowsBelowTheFormReadsOnlyTheForm() {
        byte[] xlsx = LongSheets.seedWithRowsBelow(100_000);

        ImportedForm form = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> FormFiles.read(xlsx));

        assertThat(form).isEqualTo(FormFiles.read(SeedFiles.bytes(SeedFiles.TXT)));
    }

    @Test
    void aCellLongerThanAnyFieldIsRefusedWithItsCell() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SeedFiles.bytes(SeedFiles.XLSX)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheetAt(0).createRow(300).createCell(2).setCellValue("长".repeat(XlsxGridReader.MAX_CELL_TEXT + 1));
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        assertThatThrownBy(() -> FormFiles.read(xlsx))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("TEXT_TOO_LONG");
                    assertThat(e.getMessage()).contains("C301");
                });
    }

    @Test
    void aWrongLevelInTheWordTableIsReportedWithItsTableCell() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(SeedFiles.bytes(SeedFiles.DOCX)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTableCell level2 = document.getTables().get(0).getRow(14).getCell(3);
            level2.getParagraphs().get(0).getRuns().forEach(run -> run.setText("", 0));
            level2.getParagraphs().get(0).getRuns().get(0).setText("社会效益", 0);
            document.write(out);
            docx = out.toByteArray();
        }

        assertThatThrownBy(() -> FormFiles.read(docx))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.cell()).isEqualTo("table 1, row 15, col 4");
                            assertThat(problem.code()).isEqualTo("LEVEL_MISMATCH");
                            assertThat(problem.message()).contains("社会效益", "产出指标", "效益指标");
                        }));
    }

    @Test
    void aTextDumpSavedByChineseWindowsReadsTheSame() {
        String text = new String(SeedFiles.bytes(SeedFiles.TXT), java.nio.charset.StandardCharsets.UTF_8);
        byte[] windows = text.replace("\n", "\r\n").getBytes(java.nio.charset.Charset.forName("GB18030"));

        assertThat(FormFiles.read(windows)).isEqualTo(FormFiles.read(SeedFiles.bytes(SeedFiles.TXT)));
    }

    @Test
    void anIndicatorNamedLikeAReviewLabelStaysAnIndicator() {
        String text = new String(SeedFiles.bytes(SeedFiles.TXT), java.nio.charset.StandardCharsets.UTF_8)
                .replace("拆迁户满意度", "审核意见采纳率");

        ImportedForm form = FormFiles.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(form.indicatorCount()).isEqualTo(44);
        assertThat(form.goals().get(0).indicators().get(11).name()).isEqualTo("审核意见采纳率");
    }
}
