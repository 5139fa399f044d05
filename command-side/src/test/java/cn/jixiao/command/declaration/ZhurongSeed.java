package cn.jixiao.command.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.UpdateBudgetCommand;
import cn.jixiao.kernel.declaration.UpdateFunctionsCommand;
import cn.jixiao.kernel.declaration.UpdateNotesCommand;
import cn.jixiao.kernel.declaration.UpdateOverallGoalCommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The seed form (fixtures/zhurong-2020-declaration.txt, transcribed in {@code seed/zhurong-2020.properties}) as
 * the commands a filer sends to fill it in: 4 goals, 44 indicators, exact amounts. Ids follow positions
 * ({@code goal-2}, {@code ind-2-3}) so tests can name them.
 */
public final class ZhurongSeed {

    private static final Properties FORM = load("/seed/zhurong-2020.properties");

    public static final String UNIT_CODE = FORM.getProperty("unit.code");
    public static final int YEAR = Integer.parseInt(FORM.getProperty("year"));
    public static final DeclarationId ID = DeclarationId.forUnit(UNIT_CODE, YEAR, DeclarationKind.DEPARTMENT);
    public static final int GOALS = count("goal.");
    public static final int INDICATORS = count("indicator.");

    private ZhurongSeed() {
    }

    public static CreateDeclarationCommand create(PersonRef filer) {
        return new CreateDeclarationCommand(ID, YEAR, DeclarationKind.DEPARTMENT, null,
                new Unit(UNIT_CODE, FORM.getProperty("unit.name")), FORM.getProperty("filingUnit"),
                FORM.getProperty("leader"), filer);
    }

    /** Everything after creation, in the order the form reads. */
    public static List<DeclarationCommand> fillIn() {
        List<DeclarationCommand> commands = new ArrayList<>();
        commands.add(new UpdateBasicInfoCommand(ID, FORM.getProperty("filingUnit"), FORM.getProperty("leader"),
                new Contact(FORM.getProperty("contact.name"), FORM.getProperty("contact.phone")),
                new Staffing(integer("staffing.authorized"), integer("staffing.actual")), null));
        commands.add(new UpdateFunctionsCommand(ID, FORM.getProperty("functions"), null));
        commands.add(budget());
        commands.add(new UpdateOverallGoalCommand(ID, FORM.getProperty("overallGoal"), null));
        for (int g = 1; g <= GOALS; g++) {
            commands.add(new AddGoalCommand(ID, goalId(g), FORM.getProperty("goal." + g), null));
        }
        int[] perGoal = new int[GOALS + 1];
        for (int i = 1; i <= INDICATORS; i++) {
            String[] cell = FORM.getProperty("indicator." + i).split("\\|");
            int g = Integer.parseInt(cell[0]);
            commands.add(new AddIndicatorCommand(ID, goalId(g), indicatorId(g, ++perGoal[g]), Level1.valueOf(cell[1]),
                    Level2.valueOf(cell[2]), cell[3], TargetValue.parse(cell[4]), null));
        }
        commands.add(new UpdateNotesCommand(ID, FORM.getProperty("notes"), null));
        return commands;
    }

    public static GoalId goalId(int n) {
        return GoalId.of("goal-" + n);
    }

    public static IndicatorId indicatorId(int goal, int i) {
        return IndicatorId.of("ind-" + goal + "-" + i);
    }

    private static UpdateBudgetCommand budget() {
        Amount[] in = amounts("income");
        Amount[] out = amounts("expenditure");
        Amount[] three = amounts("threePublic");
        return new UpdateBudgetCommand(ID, new Income(in[0], in[1], in[2], in[3], in[4]),
                new Expenditure(out[0], out[1], out[2]), new ThreePublic(three[0], three[1], three[2], three[3]), null);
    }

    /** Cells separated by |; an empty cell is zero, as on the paper form. */
    private static Amount[] amounts(String key) {
        return Arrays.stream(FORM.getProperty(key).split("\\|", -1)).map(Amount::of).toArray(Amount[]::new);
    }

    private static Integer integer(String key) {
        return Integer.valueOf(FORM.getProperty(key));
    }

    private static int count(String prefix) {
        return (int) FORM.stringPropertyNames().stream().filter(name -> name.startsWith(prefix)).count();
    }

    private static Properties load(String resource) {
        try (InputStream in = ZhurongSeed.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
