package cn.jixiao.command.importing;

import cn.jixiao.command.importing.ImportedForm.ImportedIndicator;
import cn.jixiao.kernel.declaration.IndicatorTaxonomy;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.rules.RuleCodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator tree below the 一级指标 / 二级指标 header: per goal (目标N), level 1, level 2, name and target.
 * The columns are taken from each goal's first row (the marker, then the next four cells), because headers
 * are merged differently from file to file. A blank level cell means "as above": that is what a vertical
 * merge leaves in every format.
 */
final class IndicatorTable {

    private final Grid grid;
    private final List<ImportProblem> problems;
    private final Map<Integer, String> describedGoals;
    private final Map<Integer, List<ImportedIndicator>> indicators = new LinkedHashMap<>();

    private Columns columns;
    private int goal = -1;
    private Level1 level1;
    private Level2 level2;
    /** A level cell above was already reported as wrong: the rows under it need no problem of their own. */
    private boolean levelReported;

    IndicatorTable(Grid grid, List<ImportProblem> problems, Map<Integer, String> describedGoals) {
        this.grid = grid;
        this.problems = problems;
        this.describedGoals = describedGoals;
    }

    /** Where the cells of an indicator row stand, as grid columns. */
    private record Columns(int level1, int level2, int name, int target) {
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
        grid.row(r).stream().filter(cell -> FormReader.goalNumber(cell.compact()) > 0).findFirst()
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
            indicators.computeIfAbsent(goal, g -> new ArrayList<>())
                    .add(new ImportedIndicator(level1, level2, name, TargetValue.parse(target)));
        } catch (IllegalArgumentException e) {
            problems.add(ImportProblem.at(targetCell.get(), FormReader.TARGET_INVALID,
                    "指标「" + name + "」的目标值无法识别：" + target));
        }
    }

    private void startGoal(GridCell marker) {
        goal = FormReader.goalNumber(marker.compact());
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
        columns = new Columns(l1.get().col(), l2.get().col(), name.get().col(), target.get().col());
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
