package cn.jixiao.command.monitoring.web;

import cn.jixiao.command.web.InvalidInputException;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.monitoring.DeviationCause;
import cn.jixiao.kernel.monitoring.LightThresholds;
import cn.jixiao.kernel.monitoring.MonitoringDecision;
import cn.jixiao.kernel.monitoring.Outlook;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The bodies of the monitoring write endpoints. Values that can never be right are refused here with their field. */
public final class MonitoringRequests {

    private static final int TEXT_MAX = 20_000;
    private static final int LINE_MAX = TargetValue.MAX_TEXT_LENGTH;

    private MonitoringRequests() {
    }

    @Schema(description = "预警阈值：落后时序进度多少个百分点以内为绿灯、黄灯，超出为红灯")
    public record ThresholdsBody(@NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "0") BigDecimal greenWithin,
                                 @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "30") BigDecimal yellowWithin) {

        LightThresholds toThresholds() {
            return new LightThresholds(greenWithin, yellowWithin);
        }
    }

    public record OpenRound(@NotNull(message = "须填写年度") @Min(value = 2000, message = "年度须在2000到2100之间")
                            @Max(value = 2100, message = "年度须在2000到2100之间") Integer year,
                            @NotNull(message = "须填写轮次") @Min(value = 1, message = "轮次须在1到12之间")
                            @Max(value = 12, message = "轮次须在1到12之间") @Schema(example = "1") Integer number,
                            @NotNull(message = "须填写监控截止日期") @Schema(example = "2020-07-31") LocalDate cutOff,
                            @Valid ThresholdsBody thresholds) {

        LightThresholds thresholdsOrDefault() {
            return thresholds == null ? LightThresholds.DEFAULT : thresholds.toThresholds();
        }
    }

    public record Progress(@Size(max = LINE_MAX) @Schema(description = "截至监控日的完成值（与目标值同类：数值及单位，或文字）",
                                   example = "1亩") String progress,
                           @Size(max = LINE_MAX) @Schema(description = "全年预计完成值", example = "5亩") String forecast,
                           @Schema(description = "能否完成目标：CERTAIN 确定能 / LIKELY 有可能 / IMPOSSIBLE 完全不可能")
                           Outlook outlook,
                           @Schema(description = "偏差原因：FUNDING 经费保障 / INSTITUTIONS 制度保障 / STAFFING 人员保障 / "
                                   + "FACILITIES 硬件条件保障 / OTHER 其他") DeviationCause cause,
                           @Size(max = TEXT_MAX) String explanation,
                           @Size(max = TEXT_MAX) @Schema(description = "拟采取的纠偏措施") String action) {

        TargetValue progressValue() {
            return value("progress", progress);
        }

        TargetValue forecastValue() {
            return value("forecast", forecast);
        }

        private static TargetValue value(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return TargetValue.parse(text);
            } catch (TargetValue.EmptyTargetException | TargetValue.TargetOutOfRangeException e) {
                throw InvalidInputException.of(field, e.code(), e.getMessage());
            }
        }
    }

    public record BudgetExecution(@NotNull(message = "须填写截至监控日的预算执行数") @Schema(description = "预算执行数（万元）",
                                          example = "300") String spent,
                                  @Size(max = TEXT_MAX) @Schema(description = "针对执行偏差拟采取的措施") String measures) {

        Amount spentAmount() {
            try {
                return Amount.of(spent);
            } catch (Amount.InvalidAmountException e) {
                throw InvalidInputException.of("spent", e.code(), e.getMessage());
            }
        }
    }

    public record Review(@NotNull(message = "须选择审核结论：RETURN 或 ACCEPT")
                         @Schema(description = "退回（须填意见）或审核通过（本轮最终结果）", type = "string",
                                 allowableValues = {"RETURN", "ACCEPT"}) MonitoringDecision decision,
                         @Size(max = TEXT_MAX) String opinion) {
    }

    public record Reason(@Size(max = TEXT_MAX) @Schema(description = "调整原因") String reason) {
    }
}
