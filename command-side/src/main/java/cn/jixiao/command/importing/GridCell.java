package cn.jixiao.command.importing;

/**
 * One cell of the form as the file lays it out. {@code col} is where it starts on the file's column grid (the
 * sheet column, the Word grid column, or the cell's position in a text row) and {@code colSpan} how many grid
 * columns it covers, so a value can be found below its label whatever the merging. {@code ref} is how the user
 * finds the cell again: {@code B12}, {@code table 1, row 5, col 3} or {@code line 37}. The continuation of a
 * vertically merged cell is a blank cell of its own: blank means "as above" in the indicator tree.
 */
public record GridCell(int row, int col, int colSpan, String text, String ref) {

    boolean covers(int column) {
        return column >= col && column < col + colSpan;
    }

    public boolean isBlank() {
        return compact().isEmpty();
    }

    /** The text without any whitespace, with full-width forms folded: what labels are compared by. */
    String compact() {
        return Texts.compact(text);
    }

    /** The text on one line: cells break names anywhere ("满意度\n指标"). */
    public String oneLine() {
        return Texts.oneLine(text);
    }
}
