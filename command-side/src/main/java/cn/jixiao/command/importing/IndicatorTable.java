package cn.jixiao.command.importing;

import cn.jixiao.command.importing.ImportedForm.ImportedIndicator;
import cn.jixiao.kernel.declaration.IndicatorTaxonomy;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.rules.RuleCodes;

import cn.jixiao.kernel.declaration.ValueBasis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The indicator tree below the 一级指标 / 二级指标 header: per goal (目标N), level 1, level 2, name and target.
 * The columns are taken from each goal's first row (the marker, then the next four cells), because headers
 * are merged differently from file to file. A blank level cell means "as above": that is what a vertical
 * merge leaves in every format.
 */
final class IndicatorTable {

    static final String BASIS_UNKNOWN = "BASIS_UNKNOWN";

    private final Grid grid;
    private final List<ImportProblem> problems;
    private final Map<Integer, String> describedGoals;
    private final Map<Integer, List<ImportedIndicator>> indicators = new LinkedHashMap<>();
    /** The number of the goal a marker cell starts (目标N; 总目标 and 年度目标 on a project form), -1 for none. */
    private final ToIntFunction<String> markers;
    /** Whether rows carry a project form's three further columns (a department-wide form's never do). */
    private final boolean projectColumns;

    private Columns columns;
    private int goal = -1;
    private Level1 level1;
    private Level2 level2;
    /** A level cell above was already reported as wrong: the rows under it need no problem of their own. */
    private boolean levelReported;

    IndicatorTable(Grid grid, List<ImportProblem> problems, Map<Integer, String> describedGoals) {
        this(grid, problems, describedGoals, FormReader::goalNumber, false);
    }

    /** A project form's table: its trees start at 总目标 and 年度目标, its rows carry ★, basis and last year's value. */
    static IndicatorTable ofProject(Grid grid, List<ImportProblem> problems, Map<Integer, String> describedGoals,
                                    ToIntFunction<String> markers) {
        return new IndicatorTable(grid, problems, describedGoals, markers, true);
    }

    private IndicatorTable(Grid grid, List<ImportProblem> problems, Map<Integer, String> describedGoals,
                           ToIntFunction<String> markers, boolean projectColumns) {
        this.grid = grid;
        this.problems = problems;
        this.describedGoals = describedGoals;
        this.markers = markers;
        this.projectColumns = projectColumns;
    }

    /**
     * Where the cells of an indicator row stand, as grid columns; a project form's three further columns (★,
     * 指标值设定依据, 上年指标值) are -1 where the row has none.
     */
    private record Columns(int level1, int level2, int name, int target, int core, int basis, int lastYear) {
    }

    Map<Integer, List<ImportedIndicator>> read() {
        Optional<GridCell> header = grid.labelled(FormLabels.LEVEL2_HEADER);
        if (header.isEmpty()) {
            return indicators;
        }
        for (int r = header.get().row() + 1; r < grid.size() && !endsTable(r); r++) {
            readRow(r);
        }
        return indicators;
    }

    /** The table ends at 其他需要说明的问题 or at the review blocks. */
    private boolean endsTable(int row) {
        return grid.row(row).stream().map(GridCell::compact).anyMatch(text ->
                text.startsWith(Texts.compact(FormLabels.NOTES)) || FormLabels.isReviewLabel(text));
    }

    private void readRow(int r) {
        grid.row(r).stream().filter(cell -> markers.applyAsInt(cell.compact()) > 0).findFirst()
                .ifPresent(this::startGoal);
        if (columns == null) {
            grid.row(r).stream().filter(cell -> !cell.isBlank() && !cell.compact().startsWith("年度绩效指标"))
                    .findFirst().ifPresent(cell -> problems.add(ImportProblem.at(cell, FormReader.INDICATOR_OUTSIDE_GOAL,
                            "指标不属于任何目标：指标表每个目标的第一行应写明「目标N」")));
            return;
        }
        Optional<GridCell> level1Cell = grid.at(r, columns.level1);
        Optional<GridCell> level2Cell = grid.at(r, columns.level2);
        Optional<GridCell> nameCell = grid.at(r, columns.name);
        Optional<GridCell> targetCell = grid.at(r, columns.target);
        boolean level1Written = level1Cell.filter(cell -> !cell.isBlank()).isPresent();
        level1Cell.filter(cell -> !cell.isBlank()).ifPresent(this::readLevel1);
        level2Cell.filter(cell -> !cell.isBlank()).ifPresent(cell -> readLevel2(cell, level1Written));
        String name = nameCell.map(GridCell::oneLine).orElse("");
        String target = targetCell.map(GridCell::oneLine).orElse("");
        if (name.isEmpty() && target.isEmpty()) {
            return;
        }
        GridCell rowStart = grid.row(r).get(0);
        if (name.isEmpty()) {
            problems.add(ImportProblem.at(nameCell.orElse(rowStart), RuleCodes.INDICATOR_NAME_MISSING,
                    "目标" + goal + "有一个指标没有填写三级指标内容（目标值 " + target + "）"));
        }
        if (target.isEmpty()) {
            problems.add(ImportProblem.at(targetCell.orElse(rowStart), RuleCodes.TARGET_MISSING,
                    "指标「" + name + "」没有填写目标值"));
        }
        if ((level1 == null || level2 == null) && !levelReported) {
            problems.add(ImportProblem.at(level2Cell.orElse(rowStart), FormReader.LEVEL_MISSING,
                    "指标「" + name + "」缺少一级或二级指标"));
        }
        if (name.isEmpty() || target.isEmpty() || level1 == null || level2 == null) {
            return;
        }
        try {
            TargetValue value = TargetValue.parse(target);
            indicators.computeIfAbsent(goal, g -> new ArrayList<>()).add(new ImportedIndicator(level1, level2, name,
                    value, isCore(text(r, columns.core)), basis(r, name), text(r, columns.lastYear)));
        } catch (IllegalArgumentException e) {
            problems.add(ImportProblem.at(targetCell.get(), FormReader.TARGET_INVALID,
                    "指标「" + name + "」的目标值无法识别：" + target));
        }
    }

    private String text(int row, int col) {
        return col < 0 ? "" : grid.at(row, col).map(GridCell::oneLine).orElse("");
    }

    /** ★ (or 是, √) marks a core indicator. */
    private static boolean isCore(String text) {
        return text.contains("★") || text.equals("是") || text.equals("√");
    }

    private ValueBasis basis(int row, String name) {
        String text = text(row, columns.basis);
        if (text.isEmpty()) {
            return null;
        }
        Optional<ValueBasis> basis = Arrays.stream(ValueBasis.values())
                .filter(b -> Texts.compact(b.label()).equals(Texts.compact(text))).findFirst();
        if (basis.isEmpty()) {
            problems.add(ImportProblem.at(grid.at(row, columns.basis).orElseThrow(), BASIS_UNKNOWN, "指标「" + name
                    + "」的指标值设定依据「" + text + "」应为计划标准、行业标准、历史标准或其他"));
        }
        return basis.orElse(null);
    }

    private void startGoal(GridCell marker) {
        goal = markers.applyAsInt(marker.compact());
        level1 = null;
        level2 = null;
        levelReported = false;
        if (!describedGoals.containsKey(goal)) {
            problems.add(ImportProblem.at(marker, FormReader.GOAL_NOT_DESCRIBED,
                    "指标表中有「目标" + goal + "」，但「年度绩效目标」中没有写明目标" + goal + "的内容"));
        }
        Optional<GridCell> l1 = grid.rightOf(marker);
        Optional<GridCell> l2 = l1.flatMap(grid::rightOf);
        Optional<GridCell> name = l2.flatMap(grid::rightOf);
        Optional<GridCell> target = name.flatMap(grid::rightOf);
        if (target.isEmpty()) {
            problems.add(ImportProblem.at(marker, FormReader.INDICATOR_OUTSIDE_GOAL,
                    "目标" + goal + "这一行应依次有一级指标、二级指标、三级指标内容和目标值"));
            columns = null;
            return;
        }
        Optional<GridCell> core = target.filter(cell -> projectColumns).flatMap(grid::rightOf);
        Optional<GridCell> basis = core.flatMap(grid::rightOf);
        Optional<GridCell> lastYear = basis.flatMap(grid::rightOf);
        columns = new Columns(l1.get().col(), l2.get().col(), name.get().col(), target.get().col(), colOf(core),
                colOf(basis), colOf(lastYear));
    }

    private static int colOf(Optional<GridCell> cell) {
        return cell.map(GridCell::col).orElse(-1);
    }

    /**
     * One cell for both levels: the text dump of the seed writes 满意度指标 only in the level-2 column, under a
     * blank (so inherited) level 1. A name that is a level 1 and a level 2 of itself starts that level 1.
     */
    private boolean startsLevel1(GridCell cell) {
        Optional<Level1> named = IndicatorTaxonomy.level1Named(cell.text());
        Optional<Level2> child = named.flatMap(l1 -> IndicatorTaxonomy.level2Named(l1, cell.text()));
        if (child.isEmpty() || named.get() == level1) {
            return false;
        }
        level1 = named.get();
        level2 = child.get();
        return true;
    }

    private void readLevel1(GridCell cell) {
        level2 = null;
        level1 = IndicatorTaxonomy.level1Named(cell.text()).orElse(null);
        levelReported = level1 == null;
        if (level1 == null) {
            problems.add(ImportProblem.at(cell, FormReader.LEVEL1_UNKNOWN,
                    "未知的一级指标「" + cell.oneLine() + "」，应为产出指标、效益指标、满意度指标或成本指标"));
        }
    }

    private void readLevel2(GridCell cell, boolean level1Written) {
        if (!level1Written && startsLevel1(cell)) {
            levelReported = false;
            return;
        }
        if (level1 == null) {
            level2 = null;
            return;
        }
        level2 = IndicatorTaxonomy.level2Named(level1, cell.text()).orElse(null);
        levelReported = level2 == null;
        if (level2 != null) {
            return;
        }
        Optional<Level2> elsewhere = IndicatorTaxonomy.level2Named(cell.text());
        problems.add(elsewhere.isPresent()
                ? ImportProblem.at(cell, RuleCodes.LEVEL_MISMATCH, "二级指标「" + cell.oneLine() + "」不属于一级指标「"
                        + level1.label() + "」，应在「" + elsewhere.get().parent().label() + "」之下")
                : ImportProblem.at(cell, FormReader.LEVEL2_UNKNOWN, "未知的二级指标「" + cell.oneLine() + "」"));
    }
}
