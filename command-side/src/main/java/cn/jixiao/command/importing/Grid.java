package cn.jixiao.command.importing;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The cells of a form in reading order, row by row, whatever the file format. The parser finds fields by their
 * labels here, never by fixed coordinates.
 */
public record Grid(List<List<GridCell>> rows) {

    public Grid {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The first cell from {@code fromRow} on whose label (compacted text) matches. */
    Optional<GridCell> find(int fromRow, Predicate<String> label) {
        for (int r = Math.max(0, fromRow); r < rows.size(); r++) {
            for (GridCell cell : rows.get(r)) {
                if (label.test(cell.compact())) {
                    return Optional.of(cell);
                }
            }
        }
        return Optional.empty();
    }

    Optional<GridCell> find(Predicate<String> label) {
        return find(0, label);
    }

    Optional<GridCell> labelled(String label) {
        String wanted = Texts.compact(label);
        return find(wanted::equals);
    }

    /** The next cell of the same row: where a value stands beside its label. */
    Optional<GridCell> rightOf(GridCell cell) {
        List<GridCell> row = rows.get(cell.row());
        int index = row.indexOf(cell);
        return index + 1 < row.size() ? Optional.of(row.get(index + 1)) : Optional.empty();
    }

    /** The cell of the next row that covers the label's first column: where a value stands under its label. */
    Optional<GridCell> below(GridCell cell) {
        return at(cell.row() + 1, cell.col());
    }

    Optional<GridCell> at(int row, int col) {
        if (row < 0 || row >= rows.size()) {
            return Optional.empty();
        }
        return rows.get(row).stream().filter(cell -> cell.covers(col)).findFirst();
    }

    public List<GridCell> row(int row) {
        return rows.get(row);
    }

    public int size() {
        return rows.size();
    }
}
