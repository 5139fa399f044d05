package cn.jixiao.command.declaration.web;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.AddProjectIndicatorCommand;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.CreateProjectDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.PlanRow;
import cn.jixiao.kernel.declaration.ProjectAttribute;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectRationale;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.SetIndicatorDetailsCommand;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.ValueBasis;
import cn.jixiao.kernel.input.Identifiers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The bodies of the project form's write endpoints. Amounts are decimal strings in 万元, months {@code YYYY-MM};
 * what the domain decides (a period or plan row ending before it starts, levels per edition, the project code
 * fixed once opened) is left to the aggregate, which answers with the same codes for HTTP and import alike.
 */
public final class ProjectRequests {

    private static final int TEXT_MAX = 20_000;
    private static final int LINE_MAX = 500;
    private static final int MONTH_MAX = 16;
    private static final int PLAN_ROWS_MAX = 200;

    private ProjectRequests() {
    }

    public record ProjectBody(@Size(max = LINE_MAX) String name,
                              @NotBlank(message = "须填写项目编码")
                              @Pattern(regexp = Identifiers.SHAPE, message = "项目编码须由字母、数字与 . _ - 组成，最多 64 个字符")
                              String code,
                              @Schema(description = "项目属性：NEW 新增，CONTINUING 延续") ProjectAttribute attribute,
                              @Size(max = LINE_MAX) String competentDepartment,
                              @Size(max = LINE_MAX) String implementingUnit,
                              @Valid Requests.ContactBody responsible,
                              @Schema(description = "开始年月，YYYY-MM") @Size(max = MONTH_MAX) String startMonth,
                              @Schema(description = "结束年月，YYYY-MM") @Size(max = MONTH_MAX) String endMonth) {

        ProjectInfo toInfo() {
            Contact person = responsible == null ? null : new Contact(responsible.name(), responsible.phone());
            return new ProjectInfo(name, code.strip(), attribute, competentDepartment, implementingUnit, person,
                    startMonth, endMonth);
        }
    }

    public record CreateProject(@NotNull(message = "须填写年度") @Min(value = 2000, message = "年度须在2000到2100之间")
                                @Max(value = 2100, message = "年度须在2000到2100之间") Integer year,
                                Edition edition,
                                @NotNull(message = "须填写预算单位") @Valid Requests.UnitBody unit,
                                @Size(max = LINE_MAX) String leader,
                                @NotNull(message = "须填写项目信息（至少项目编码）") @Valid ProjectBody project) {

        DeclarationId declarationId() {
            return DeclarationId.forProject(unit.code().strip(), project.code().strip(), year);
        }

        CreateProjectDeclarationCommand toCommand(PersonRef filer) {
            return new CreateProjectDeclarationCommand(declarationId(), year, edition,
                    new Unit(unit.code().strip(), unit.name()), project.toInfo(), leader, filer);
        }
    }

    public record FundsBody(String total, String fiscal, String other, String carriedOver, String lastYearBudget,
                            String lastYearSpent) {

        /** Sums are not checked here: funds that do not add up may be saved while drafting and block submission. */
        ProjectFunds toFunds() {
            AmountFields amounts = new AmountFields();
            ProjectFunds funds = new ProjectFunds(amounts.parse("total", total), amounts.parse("fiscal", fiscal),
                    amounts.parse("other", other), amounts.parse("carriedOver", carriedOver),
                    optional(amounts, "lastYearBudget", lastYearBudget),
                    optional(amounts, "lastYearSpent", lastYearSpent));
            amounts.throwIfAny();
            return funds;
        }

        private static Amount optional(AmountFields amounts, String field, String text) {
            return text == null || text.isBlank() ? null : amounts.parse(field, text);
        }
    }

    public record PlanRowBody(@Size(max = LINE_MAX) String content, @Size(max = MONTH_MAX) String start,
                              @Size(max = MONTH_MAX) String end) {
    }

    public record RationaleBody(@Size(max = TEXT_MAX) String basis, @Size(max = TEXT_MAX) String necessity,
                                @Size(max = TEXT_MAX) String feasibility,
                                @Size(max = PLAN_ROWS_MAX) List<@Valid @NotNull PlanRowBody> plan) {

        ProjectRationale toRationale() {
            List<PlanRow> rows = plan == null ? List.of()
                    : plan.stream().map(row -> new PlanRow(row.content(), row.start(), row.end())).toList();
            return new ProjectRationale(basis, necessity, feasibility, rows);
        }
    }

    public record TargetBody(@NotNull(message = "须指明 term：MEDIUM_TERM（总目标）或 ANNUAL（年度目标）")
                             @Schema(description = "MEDIUM_TERM 总目标，ANNUAL 年度目标") TargetTerm term,
                             @NotBlank(message = "须填写目标内容") @Size(max = TEXT_MAX) String description) {
    }

    public record ProjectIndicatorBody(Level1 level1, Level2 level2, @Size(max = LINE_MAX) String name,
                                       @Size(max = LINE_MAX) String target,
                                       @Schema(description = "核心指标（★）") Boolean core,
                                       @Schema(description = "指标值设定依据") ValueBasis basis,
                                       @Schema(description = "上年指标值（如有）") @Size(max = LINE_MAX) String lastYearValue) {

        AddProjectIndicatorCommand toCommand(DeclarationId id, GoalId goalId, IndicatorId indicatorId, Long expected) {
            return new AddProjectIndicatorCommand(id, goalId, indicatorId, level1, level2, name,
                    new Requests.IndicatorBody(level1, level2, name, target).parsedTarget(), Boolean.TRUE.equals(core),
                    basis, lastYearValue, expected);
        }
    }

    public record DetailsBody(@Schema(description = "核心指标（★）") Boolean core, ValueBasis basis,
                              @Size(max = LINE_MAX) String lastYearValue) {

        SetIndicatorDetailsCommand toCommand(DeclarationId id, GoalId goalId, IndicatorId indicatorId, Long expected) {
            return new SetIndicatorDetailsCommand(id, goalId, indicatorId, Boolean.TRUE.equals(core), basis,
                    lastYearValue, expected);
        }
    }

    public record CompetentReview(@NotNull(message = "须选择审核结论：PASS 或 RETURN")
                                  @Schema(description = "主管部门审核结论：通过或退回", type = "string",
                                          allowableValues = {"PASS", "RETURN"}) ReviewDecision decision,
                                  @Size(max = TEXT_MAX) String opinion) {
    }
}
