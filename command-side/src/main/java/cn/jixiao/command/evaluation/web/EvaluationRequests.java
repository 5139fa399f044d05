package cn.jixiao.command.evaluation.web;

import cn.jixiao.command.web.InvalidInputException;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.evaluation.EvaluationCodes;
import cn.jixiao.kernel.evaluation.EvaluationRules;
import cn.jixiao.kernel.evaluation.Judgement;
import cn.jixiao.kernel.evaluation.Weights;
import cn.jixiao.kernel.input.Identifiers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The bodies of the self-evaluation's write endpoints. Amounts and scores are decimal strings, parsed here so a
 * wrong one is reported with its field and code; what depends on the form (bands, units, weights) is the
 * aggregate's to decide.
 */
public final class EvaluationRequests {

    /** A score: at most three integer digits and two decimals (points never exceed 100). */
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
    private static final int LINE_MAX = 500;

    private EvaluationRequests() {
    }

    public record Start(@NotBlank(message = "须填写申报表标识")
                        @Pattern(regexp = Identifiers.SHAPE, message = "申报表标识须由字母、数字与 . _ - 组成，最多 64 个字符")
                        @Schema(description = "已批复的申报表标识") String declarationId) {
    }

    public record IndicatorResultBody(@Size(max = LINE_MAX) @Schema(description = "实际完成值，如 8.5亩、95%、基本完成") String actual,
                                      @Schema(description = "定性指标的达成程度") Judgement judgement,
                                      @Size(max = 8) @Schema(description = "定性指标在其分数段内的得分（十进制字符串）", example = "2.4") String score,
                                      @Size(max = EvaluationRules.MAX_TEXT_LENGTH) @Schema(description = "偏差原因") String deviationCause,
                                      @Size(max = EvaluationRules.MAX_TEXT_LENGTH) @Schema(description = "改进措施") String improvement) {

        BigDecimal parsedScore() {
            return parseScore(score, "score");
        }
    }

    public record Spending(@NotNull(message = "须填写已支出金额") @Size(max = Amount.MAX_TEXT_LENGTH)
                           @Schema(description = "已支出金额（万元，十进制字符串）", example = "600") String spent) {

        Amount amount() {
            try {
                return Amount.of(spent);
            } catch (Amount.InvalidAmountException e) {
                throw InvalidInputException.of("spent", e.code(), e.getMessage());
            }
        }
    }

    public record WeightsBody(@NotNull Integer output, @NotNull Integer benefit, @NotNull Integer satisfaction,
                              @NotNull Integer cost, @NotNull Integer executionRate) {

        Weights weights() {
            return new Weights(output, benefit, satisfaction, cost, executionRate);
        }
    }

    public record Correction(@NotBlank @Size(max = Identifiers.MAX_LENGTH)
                             @Schema(description = "指标标识，或 executionRate（预算执行率）") String line,
                             @NotBlank @Size(max = 8) @Schema(description = "更正后的得分", example = "8") String score,
                             @Size(max = EvaluationRules.MAX_TEXT_LENGTH) @Schema(description = "更正理由") String reason) {

        BigDecimal parsedScore() {
            return parseScore(score, "score");
        }
    }

    private static BigDecimal parseScore(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!SCORE.matcher(text.strip()).matches()) {
            throw InvalidInputException.of(field, EvaluationCodes.SCORE_OUT_OF_RANGE,
                    "得分须为不超过两位小数的非负数，如 \"8.5\"");
        }
        return new BigDecimal(text.strip());
    }
}
