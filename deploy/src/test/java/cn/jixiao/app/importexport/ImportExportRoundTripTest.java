package cn.jixiao.app.importexport;

import cn.jixiao.command.importing.DeclarationImporter;
import cn.jixiao.command.importing.FormFiles;
import cn.jixiao.command.importing.ImportDeclarationCommand;
import cn.jixiao.command.importing.ImportedForm;
import cn.jixiao.command.importing.ImportedForm.ReviewBlock;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.BasicInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.FunctionsUpdatedEvent;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.NotesUpdatedEvent;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.OverallGoalUpdatedEvent;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.UpdateBudgetCommand;
import cn.jixiao.kernel.declaration.UpdateFunctionsCommand;
import cn.jixiao.kernel.declaration.UpdateNotesCommand;
import cn.jixiao.kernel.declaration.UpdateOverallGoalCommand;
import cn.jixiao.query.export.ExportFormat;
import cn.jixiao.query.export.ExportedDeclaration;
import cn.jixiao.kernel.declaration.Review;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, then import, gives the same form. Lives in deploy because it is the one module that sees both the
 * command side (the import) and the query side (the export), which never see each other.
 */
class ImportExportRoundTripTest {

    private static final String UNIT_CODE = "430412001";
    private static final DeclarationId ID = DeclarationId.forUnit(UNIT_CODE, 2020, DeclarationKind.DEPARTMENT);
    private static final PersonRef FILER = new PersonRef("u-1", "旷文倩");

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theSeedFormReadsBackUnchanged(ExportFormat format) throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("../command-side/src/test/resources/fixtures/zhurong-2020-declaration.txt"));
        DeclarationForm form = replay(commandsFor(FormFiles.read(seed)));

        DeclarationForm roundTripped = replay(commandsFor(FormFiles.read(format.write(exported(form)))));

        assertThat(form.indicatorCount()).isEqualTo(44);
        assertThat(withPositionalIds(roundTripped)).isEqualTo(withPositionalIds(form));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anUnusualFormReadsBackUnchanged(ExportFormat format) {
        DeclarationForm form = DeclarationForm.replay(unusualForm());

        DeclarationForm roundTripped = replay(commandsFor(FormFiles.read(format.write(exported(form)))));

        assertThat(withPositionalIds(roundTripped)).isEqualTo(withPositionalIds(form));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theReviewBlocksOfAReviewedFormReadBack(ExportFormat format) {
        DeclarationForm form = DeclarationForm.replay(unusualForm());
        Instant passedAt = Instant.parse("2021-03-04T02:00:00Z");
        Instant approvedAt = Instant.parse("2021-03-10T16:30:00Z");
        ExportedDeclaration reviewed = new ExportedDeclaration(form, DeclarationStatus.APPROVED, List.of(
                new Review(ReviewStage.BUSINESS, ReviewDecision.PASS, "预算与目标匹配", new PersonRef("r1", "李四"), passedAt),
                new Review(ReviewStage.PERFORMANCE, ReviewDecision.APPROVE, "同意", new PersonRef("r2", "王五"), approvedAt)));

        List<ReviewBlock> blocks = FormFiles.read(format.write(reviewed)).reviews();

        assertThat(blocks).containsExactly(
                new ReviewBlock(ReviewStage.BUSINESS, "审核通过：预算与目标匹配", "李四", LocalDate.of(2021, 3, 4)),
                new ReviewBlock(ReviewStage.PERFORMANCE, "同意批复：同意", "王五", LocalDate.of(2021, 3, 11)));
    }

    /** 2021 edition (cost as level 1), four-decimal amounts, no staffing, a goal without indicators, multi-line notes. */
    private static List<DeclarationEvent> unusualForm() {
        GoalId first = GoalId.of("a");
        GoalId empty = GoalId.of("b");
        GoalId last = GoalId.of("c");
        return List.of(
                new DeclarationCreatedEvent(ID, 2020, DeclarationKind.DEPARTMENT, Edition.E2021,
                        new Unit(UNIT_CODE, "南岳区教育局"), "南岳区教育局", "张三", FILER),
                new BasicInfoUpdatedEvent(ID, "南岳区教育局", "张三", new Contact("李四", "0734-5678901"), new Staffing(null, null)),
                new FunctionsUpdatedEvent(ID, "1、负责全区教育工作。\n2、管理中小学校。"),
                new BudgetUpdatedEvent(ID,
                        new Income(Amount.of("1234.5678"), Amount.of("1000.0001"), Amount.of("234.5677"), Amount.ZERO, Amount.ZERO),
                        new Expenditure(Amount.of("1234.5678"), Amount.of("0.0001"), Amount.of("1234.5677")),
                        ThreePublic.EMPTY),
                new OverallGoalUpdatedEvent(ID, "完成以下目标：\n（一）保障教学"),
                new GoalAddedEvent(ID, first, "改善办学条件。"),
                indicator(first, Level1.OUTPUT, Level2.QUANTITY, "新建校舍面积", "≥1200平方米"),
                indicator(first, Level1.COST, Level2.ECONOMIC_COST, "校舍建设成本", "≤300万元"),
                indicator(first, Level1.COST, Level2.SOCIAL_COST, "对周边交通的影响", "较小"),
                indicator(first, Level1.BENEFIT, Level2.ECOLOGICAL, "校园绿化率", ">35%"),
                indicator(first, Level1.SATISFACTION, Level2.SATISFACTION, "学生满意度", "≥90%"),
                new GoalAddedEvent(ID, empty, "待补充的目标"),
                new GoalAddedEvent(ID, last, "保障教师待遇"),
                indicator(last, Level1.OUTPUT, Level2.TIMELINESS, "工资发放及时率", "=100%"),
                new NotesUpdatedEvent(ID, "第一行说明\n第二行说明"));
    }

    private static IndicatorAddedEvent indicator(GoalId goal, Level1 level1, Level2 level2, String name, String target) {
        return new IndicatorAddedEvent(ID, goal, IndicatorId.random(), level1, level2, name, TargetValue.parse(target));
    }

    private static ExportedDeclaration exported(DeclarationForm form) {
        return new ExportedDeclaration(form, DeclarationStatus.DRAFT, List.of());
    }

    private static List<DeclarationCommand> commandsFor(ImportedForm form) {
        return DeclarationImporter.commandsFor(ID, new ImportDeclarationCommand(form, UNIT_CODE, false, FILER));
    }

    /** The events the aggregate records for the import's commands, one each, as the filer's commands would. */
    private static DeclarationForm replay(List<DeclarationCommand> commands) {
        List<DeclarationEvent> events = new ArrayList<>();
        for (DeclarationCommand command : commands) {
            if (command instanceof CreateDeclarationCommand c) {
                events.add(new DeclarationCreatedEvent(ID, c.year(), c.kind(), c.edition(), c.unit(), c.filingUnit(), c.leader(), c.filer()));
            } else if (command instanceof UpdateBasicInfoCommand c) {
                events.add(new BasicInfoUpdatedEvent(ID, c.filingUnit(), c.leader(), c.contact(), c.staffing()));
            } else if (command instanceof UpdateFunctionsCommand c) {
                events.add(new FunctionsUpdatedEvent(ID, c.text()));
            } else if (command instanceof UpdateBudgetCommand c) {
                events.add(new BudgetUpdatedEvent(ID, c.income(), c.expenditure(), c.threePublic()));
            } else if (command instanceof UpdateOverallGoalCommand c) {
                events.add(new OverallGoalUpdatedEvent(ID, c.text()));
            } else if (command instanceof AddGoalCommand c) {
                events.add(new GoalAddedEvent(ID, c.goalId(), c.description()));
            } else if (command instanceof AddIndicatorCommand c) {
                events.add(new IndicatorAddedEvent(ID, c.goalId(), c.indicatorId(), c.level1(), c.level2(), c.name(), c.target()));
            } else if (command instanceof UpdateNotesCommand c) {
                events.add(new NotesUpdatedEvent(ID, c.text()));
            } else {
                throw new IllegalArgumentException("the import does not send " + command);
            }
        }
        return DeclarationForm.replay(events);
    }

    /** Goals and indicators get new ids on import; compare them by position. */
    private static DeclarationForm withPositionalIds(DeclarationForm form) {
        List<Goal> goals = IntStream.range(0, form.goals().size()).mapToObj(g -> {
            Goal goal = form.goals().get(g);
            List<Indicator> indicators = IntStream.range(0, goal.indicators().size()).mapToObj(i -> {
                Indicator indicator = goal.indicators().get(i);
                return new Indicator(IndicatorId.of(g + "-" + i), indicator.level1(), indicator.level2(), indicator.name(),
                        indicator.target());
            }).toList();
            return new Goal(GoalId.of(String.valueOf(g)), goal.description(), indicators);
        }).toList();
        return new DeclarationForm(form.id(), form.year(), form.kind(), form.edition(), form.unit(), form.filingUnit(),
                form.leader(), form.contact(), form.staffing(), form.functions(), form.income(), form.expenditure(),
                form.threePublic(), form.overallGoal(), goals, form.notes());
    }
}
