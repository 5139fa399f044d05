package cn.jixiao.command.importing;

import cn.jixiao.command.importing.ImportedForm.ImportedGoal;
import cn.jixiao.command.importing.ImportedForm.ImportedIndicator;
import cn.jixiao.command.importing.ImportedForm.ReviewBlock;
import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddProjectIndicatorCommand;
import cn.jixiao.kernel.declaration.AddProjectTargetCommand;
import cn.jixiao.kernel.declaration.CreateProjectDeclarationCommand;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.UpdateProjectFundsCommand;
import cn.jixiao.kernel.declaration.UpdateProjectRationaleCommand;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.RecordApprovedOnPaperCommand;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.UpdateBudgetCommand;
import cn.jixiao.kernel.declaration.UpdateFunctionsCommand;
import cn.jixiao.kernel.declaration.UpdateNotesCommand;
import cn.jixiao.kernel.declaration.UpdateOverallGoalCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns an imported form into the commands a filer would send, and sends them one by one from inside the
 * handling of {@link ImportDeclarationCommand}. Each command runs in a unit of work nested in this one; Axon
 * stages the events of nested units of work on the root, so they are appended together when this handler's unit
 * of work commits, and a refused command rolls all of them back: nothing half-imported remains. That needs a
 * command bus that handles on the sending thread (the default {@code SimpleCommandBus}).
 */
public class DeclarationImporter {

    private final CommandGateway commandGateway;
    private final TenantRegister register;

    public DeclarationImporter(CommandGateway commandGateway, TenantRegister register) {
        this.commandGateway = commandGateway;
        this.register = register;
    }

    @CommandHandler
    public ImportResult handle(ImportDeclarationCommand given, MetaData metaData) {
        ImportDeclarationCommand command = given.unitCode() != null ? given : new ImportDeclarationCommand(given.form(),
                RegisteredUnits.codeFor(register.current(), given.form().unitName()), given.approved(), given.filer());
        DeclarationId id = idOf(command);
        List<DeclarationCommand> commands = commandsFor(id, command);
        Object result = null;
        for (DeclarationCommand each : commands) {
            // the actor (and import) metadata goes on each command: the aggregate authorizes by it
            result = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(each).andMetaData(metaData));
        }
        long version = result instanceof Number number ? number.longValue() : commands.size();
        return new ImportResult(id, version, command.unitCode());
    }

    /** A project form's id names its project code as well (one per unit, project and year). */
    static DeclarationId idOf(ImportDeclarationCommand command) {
        ImportedForm form = command.form();
        return form.project() == null
                ? DeclarationId.forUnit(command.unitCode(), form.year(), DeclarationKind.DEPARTMENT)
                : DeclarationId.forProject(command.unitCode(), form.project().info().code(), form.year());
    }

    /** The commands, in the order a filer would fill the form in. */
    public static List<DeclarationCommand> commandsFor(DeclarationId id, ImportDeclarationCommand command) {
        ImportedForm form = command.form();
        if (form.project() != null) {
            return projectCommandsFor(id, command);
        }
        List<DeclarationCommand> commands = new ArrayList<>();
        commands.add(new CreateDeclarationCommand(id, form.year(), DeclarationKind.DEPARTMENT, form.edition(),
                new Unit(command.unitCode(), form.unitName()), form.filingUnit(), form.leader(), command.filer()));
        commands.add(new UpdateBasicInfoCommand(id, form.filingUnit(), form.leader(), form.contact(), form.staffing(), null));
        if (!form.functions().isEmpty()) {
            commands.add(new UpdateFunctionsCommand(id, form.functions(), null));
        }
        commands.add(new UpdateBudgetCommand(id, form.income(), form.expenditure(), form.threePublic(), null));
        if (!form.overallGoal().isEmpty()) {
            commands.add(new UpdateOverallGoalCommand(id, form.overallGoal(), null));
        }
        for (ImportedGoal goal : form.goals()) {
            GoalId goalId = GoalId.random();
            commands.add(new AddGoalCommand(id, goalId, goal.description(), null));
            for (ImportedIndicator indicator : goal.indicators()) {
                commands.add(new AddIndicatorCommand(id, goalId, IndicatorId.random(), indicator.level1(),
                        indicator.level2(), indicator.name(), indicator.target(), null));
            }
        }
        if (!form.notes().isEmpty()) {
            commands.add(new UpdateNotesCommand(id, form.notes(), null));
        }
        if (command.approved()) {
            commands.add(new RecordApprovedOnPaperCommand(id, paperApprovalNote(form), command.filer(), null));
        }
        return commands;
    }

    /** A project form: opened with its project section, then funds, rationale, both targets and their indicators. */
    private static List<DeclarationCommand> projectCommandsFor(DeclarationId id, ImportDeclarationCommand command) {
        ImportedForm form = command.form();
        ImportedForm.ImportedProject project = form.project();
        List<DeclarationCommand> commands = new ArrayList<>();
        commands.add(new CreateProjectDeclarationCommand(id, form.year(), form.edition(),
                new Unit(command.unitCode(), form.unitName()), project.info(), form.leader(), command.filer()));
        commands.add(new UpdateProjectFundsCommand(id, project.funds(), null));
        commands.add(new UpdateProjectRationaleCommand(id, project.rationale(), null));
        for (ImportedGoal goal : form.goals()) {
            if (goal.description().isEmpty() && goal.indicators().isEmpty()) {
                continue;
            }
            GoalId goalId = GoalId.random();
            TargetTerm term = goal.number() == 1 ? TargetTerm.MEDIUM_TERM : TargetTerm.ANNUAL;
            commands.add(new AddProjectTargetCommand(id, goalId, term, goal.description(), null));
            for (ImportedIndicator i : goal.indicators()) {
                commands.add(new AddProjectIndicatorCommand(id, goalId, IndicatorId.random(), i.level1(), i.level2(),
                        i.name(), i.target(), i.core(), i.basis(), i.lastYearValue(), null));
            }
        }
        if (command.approved()) {
            commands.add(new RecordApprovedOnPaperCommand(id, paperApprovalNote(form), command.filer(), null));
        }
        return commands;
    }

    /** What the paper says about its approval: the performance section's opinion and date, when filled in. */
    private static String paperApprovalNote(ImportedForm form) {
        return form.reviews().stream().filter(review -> review.stage() == ReviewStage.PERFORMANCE).findFirst()
                .map(DeclarationImporter::describe).orElse("已按纸质批复导入");
    }

    private static String describe(ReviewBlock review) {
        List<String> parts = new ArrayList<>();
        parts.add(review.opinion());
        parts.add(review.reviewer().isEmpty() ? null : "审核人：" + review.reviewer());
        parts.add(review.date() == null ? null : "日期：" + review.date());
        return String.join("；", parts.stream().filter(Objects::nonNull).filter(part -> !part.isEmpty()).toList());
    }
}
