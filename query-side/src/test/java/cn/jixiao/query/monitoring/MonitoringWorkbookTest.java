package cn.jixiao.query.monitoring;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.monitoring.BudgetExecutionReportedEvent;
import cn.jixiao.kernel.monitoring.DeviationCause;
import cn.jixiao.kernel.monitoring.IndicatorProgressReportedEvent;
import cn.jixiao.kernel.monitoring.LightThresholds;
import cn.jixiao.kernel.monitoring.MonitoringForm;
import cn.jixiao.kernel.monitoring.MonitoringFormCreatedEvent;
import cn.jixiao.kernel.monitoring.MonitoringFormId;
import cn.jixiao.kernel.monitoring.MonitoringRoundId;
import cn.jixiao.kernel.monitoring.Outlook;
import cn.jixiao.kernel.monitoring.PlannedIndicator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringWorkbookTest {

    private static final MonitoringRoundId ROUND = MonitoringRoundId.forRound(2020, 1);
    private static final DeclarationId DECLARATION = DeclarationId.forUnit("430412001", 2020, DeclarationKind.DEPARTMENT);
    private static final MonitoringFormId FORM = MonitoringFormId.of(ROUND, DECLARATION);
    private static final PersonRef FILER = new PersonRef("u-kuang", "旷文倩");

    @Test
    void theSheetShowsTargetsWhatWasReportedTheLightsAndEachIndicatorsId() throws Exception {
        MonitoringForm form = MonitoringForm.created(new MonitoringFormCreatedEvent(FORM, ROUND, DECLARATION, 2020, 1,
                        LocalDate.of(2020, 7, 31), LightThresholds.DEFAULT, new Unit("430412001", "衡阳市南岳区祝融街道办事处"),
                        8, List.of(new PlannedIndicator(GoalId.of("goal-1"), "城中村改造", IndicatorId.of("ind-area"),
                        Level1.OUTPUT, Level2.QUANTITY, "土地出让面积", TargetValue.parse("=8.73亩"))), Amount.of("649.4")))
                .apply(new IndicatorProgressReportedEvent(FORM, IndicatorId.of("ind-area"), TargetValue.parse("1亩"),
                        TargetValue.parse("5亩"), Outlook.LIKELY, DeviationCause.FUNDING, "资金未到位", "协调资金", FILER),
                        Instant.now())
                .apply(new BudgetExecutionReportedEvent(FORM, Amount.of("400"), "", FILER), Instant.now());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(MonitoringWorkbook.write(form)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2020年度", "绩效运行监控表");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("61.6");
            Row indicator = sheet.getRow(MonitoringWorkbook.TABLE_HEADER_ROW + 1);
            assertThat(indicator.getCell(3).getStringCellValue()).isEqualTo("=8.73亩");
            assertThat(indicator.getCell(4).getStringCellValue()).isEqualTo("1亩");
            assertThat(indicator.getCell(6).getStringCellValue()).isEqualTo("有可能");
            assertThat(indicator.getCell(7).getStringCellValue()).isEqualTo("经费保障");
            assertThat(indicator.getCell(10).getStringCellValue()).isEqualTo("红灯");
            assertThat(indicator.getCell(11).getStringCellValue()).isEqualTo("ind-area");
            assertThat(sheet.getDataValidations()).hasSize(2);
        }
    }
}
