package cn.jixiao.command.declaration.web;

import cn.jixiao.command.web.InvalidInputException;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.ReviseIndicatorCommand;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.UpdateBudgetCommand;
import cn.jixiao.kernel.input.Identifiers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The bodies of the write endpoints (api.md). Amounts are decimal strings in 万元 and are parsed here, so a
 * wrong one is reported with its field and rule code; what the domain decides (levels per edition, empty
 * indicator names and targets, opinions) is left to the aggregate, which answers with the same codes for
 * HTTP and import alike.
 */
public final class Requests {

    private static final int TEXT_MAX = 20_000;
    private static final int LINE_MAX = 500;

    private Requests() {
    }

    public record UnitBody(@NotBlank(message = "须填写预算单位代码")
                           @Pattern(regexp = Identifiers.SHAPE, message = "预算单位代码须由字母、数字与 . _ - 组成，最多 64 个字符")
                           String code,
                           @NotBlank(message = "须填写预算单位名称") @Size(max = LINE_MAX) String name) {
    }

    public record CreateDeclaration(@NotNull(message = "须填写年度") @Min(value = 2000, message = "年度须在2000到2100之间")
                                    @Max(value = 2100, message = "年度须在2000到2100之间") Integer year,
                                    DeclarationKind kind,
                                    Edition edition,
                                    @NotNull(message = "须填写预算单位") @Valid UnitBody unit,
                                    @Size(max = LINE_MAX) String filingUnit,
                                    @Size(max = LINE_MAX) String leader) {

        DeclarationKind kindOrDefault() {
            return kind != null ? kind : DeclarationKind.DEPARTMENT;
        }

        DeclarationId declarationId() {
            return DeclarationId.forUnit(unit.code().strip(), year, kindOrDefault());
        }

        CreateDeclarationCommand toCommand(PersonRef filer) {
            return new CreateDeclarationCommand(declarationId(), year, kindOrDefault(), edition,
                    new Unit(unit.code().strip(), unit.name()), filingUnit, leader, filer);
        }
    }

    public record ContactBody(@Size(max = LINE_MAX) String name, @Size(max = 64) String phone) {
    }

    public record StaffingBody(@PositiveOrZero(message = "人员编制数不能为负数") Integer authorized,
                               @PositiveOrZero(message = "实有人数不能为负数") Integer actual) {
    }

    public record BasicInfo(@Size(max = LINE_MAX) String filingUnit, @Size(max = LINE_MAX) String leader,
                            @Valid ContactBody contact, @Valid StaffingBody staffing) {

        UpdateBasicInfoCommand toCommand(DeclarationId id, Long expectedVersion) {
            Contact c = contact == null ? null : new Contact(contact.name(), contact.phone());
            Staffing s = staffing == null ? null : new Staffing(staffing.authorized(), staffing.actual());
            return new UpdateBasicInfoCommand(id, filingUnit, leader, c, s, expectedVersion);
        }
    }

    /** functions, overall goal, notes. */
    public record Text(@NotNull(message = "须提供 text（可为空字符串）") @Size(max = TEXT_MAX) String text) {
    }

    public record IncomeBody(String total, String generalPublicBudget, String governmentFund, String nonTaxRevenue,
                             String other) {
    }

    public record ExpenditureBody(String total, String basic, String project) {
    }

    public record ThreePublicBody(String total, String vehicles, String travelAbroad, String reception) {
    }

    public record BudgetBody(@NotNull(message = "须填写收入预算") IncomeBody income,
                             @NotNull(message = "须填写支出预算") ExpenditureBody expenditure,
                             @NotNull(message = "须填写三公经费预算") ThreePublicBody threePublic) {

        /** Sums are not checked here: an inconsistent budget may be saved while drafting and blocks submission. */
        UpdateBudgetCommand toCommand(DeclarationId id, Long expectedVersion) {
            AmountFields amounts = new AmountFields();
            Income in = new Income(amounts.parse("income.total", income.total()),
                    amounts.parse("income.generalPublicBudget", income.generalPublicBudget()),
                    amounts.parse("income.governmentFund", income.governmentFund()),
                    amounts.parse("income.nonTaxRevenue", income.nonTaxRevenue()),
                    amounts.parse("income.other", income.other()));
            Expenditure out = new Expenditure(amounts.parse("expenditure.total", expenditure.total()),
                    amounts.parse("expenditure.basic", expenditure.basic()),
                    amounts.parse("expenditure.project", expenditure.project()));
            ThreePublic three = new ThreePublic(amounts.parse("threePublic.total", threePublic.total()),
                    amounts.parse("threePublic.vehicles", threePublic.vehicles()),
                    amounts.parse("threePublic.travelAbroad", threePublic.travelAbroad()),
                    amounts.parse("threePublic.reception", threePublic.reception()));
            amounts.throwIfAny();
            return new UpdateBudgetCommand(id, in, out, three, expectedVersion);
        }
    }

    public record GoalBody(@NotBlank(message = "须填写目标内容") @Size(max = TEXT_MAX) String description) {
    }

    public record IndicatorBody(Level1 level1, Level2 level2, @Size(max = LINE_MAX) String name,
                                @Size(max = LINE_MAX) String target) {

        AddIndicatorCommand toAddCommand(DeclarationId id, GoalId goalId, IndicatorId indicatorId, Long expected) {
            return new AddIndicatorCommand(id, goalId, indicatorId, level1, level2, name, parsedTarget(), expected);
        }

        ReviseIndicatorCommand toReviseCommand(DeclarationId id, GoalId goalId, IndicatorId indicatorId, Long expected) {
            return new ReviseIndicatorCommand(id, goalId, indicatorId, level1, level2, name, parsedTarget(), expected);
        }

        /** A missing target goes to the aggregate as null, which refuses it with TARGET_MISSING among the rest. */
        TargetValue parsedTarget() {
            if (target == null || target.isBlank()) {
                return null;
            }
            try {
                return TargetValue.parse(target);
            } catch (TargetValue.EmptyTargetException | TargetValue.TargetOutOfRangeException e) {
                throw InvalidInputException.of("target", e.code(), e.getMessage());
            }
        }
    }

    public record BusinessReview(@NotNull(message = "须选择审核结论：PASS 或 RETURN")
                                 @Schema(description = "审核结论：通过或退回（批复由监督绩效股作出）", type = "string",
                                         allowableValues = {"PASS", "RETURN"}) ReviewDecision decision,
                                 @Size(max = TEXT_MAX) String opinion) {
    }

    public record Opinion(@Size(max = TEXT_MAX) String opinion) {
    }

    public record Adjustment(@Size(max = TEXT_MAX) String reason) {
    }
}
