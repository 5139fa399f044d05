package cn.jixiao.command.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Indicator;
import cn.jixiao.kernel.declaration.SeedForm;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.UpdateBudgetCommand;
import cn.jixiao.kernel.declaration.UpdateFunctionsCommand;
import cn.jixiao.kernel.declaration.UpdateNotesCommand;
import cn.jixiao.kernel.declaration.UpdateOverallGoalCommand;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed form ({@link SeedForm}, from shared-kernel's test-jar) as the commands a filer sends to fill it in:
 * 4 goals, 44 indicators, exact amounts. Ids follow positions ({@code goal-2}, {@code ind-2-3}) so tests can name
 * them.
 */
public final class SeedCommands {

    private static final DeclarationForm FORM = SeedForm.form();

    public static final String UNIT_CODE = FORM.unit().code();
    public static final int YEAR = FORM.year();
    public static final DeclarationId ID = FORM.id();
    public static final int GOALS = FORM.goals().size();
    public static final int INDICATORS = FORM.indicatorCount();

    private SeedCommands() {
    }

    /** Without an edition, as a filer creates it: the aggregate picks the year's. */
    public static CreateDeclarationCommand create(PersonRef filer) {
        return new CreateDeclarationCommand(ID, YEAR, FORM.kind(), null, FORM.unit(), FORM.filingUnit(),
                FORM.leader(), filer);
    }

    /** Everything after creation, in the order the form reads: all goals, then each goal's indicators. */
    public static List<DeclarationCommand> fillIn() {
        List<DeclarationCommand> commands = new ArrayList<>();
        commands.add(new UpdateBasicInfoCommand(ID, FORM.filingUnit(), FORM.leader(), FORM.contact(), FORM.staffing(),
                null));
        commands.add(new UpdateFunctionsCommand(ID, FORM.functions(), null));
        commands.add(new UpdateBudgetCommand(ID, FORM.income(), FORM.expenditure(), FORM.threePublic(), null));
        commands.add(new UpdateOverallGoalCommand(ID, FORM.overallGoal(), null));
        for (Goal goal : FORM.goals()) {
            commands.add(new AddGoalCommand(ID, goal.id(), goal.description(), null));
        }
        for (Goal goal : FORM.goals()) {
            for (Indicator indicator : goal.indicators()) {
                commands.add(new AddIndicatorCommand(ID, goal.id(), indicator.id(), indicator.level1(),
                        indicator.level2(), indicator.name(), indicator.target(), null));
            }
        }
        commands.add(new UpdateNotesCommand(ID, FORM.notes(), null));
        return commands;
    }

    public static GoalId goalId(int n) {
        return SeedForm.goalId(n);
    }
}
