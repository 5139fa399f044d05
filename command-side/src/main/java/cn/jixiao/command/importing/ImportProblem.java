package cn.jixiao.command.importing;

/**
 * One thing wrong with an uploaded file, where it is: {@code cell} is {@code B12} (Excel),
 * {@code table 1, row 5, col 3} (Word), {@code line 37} (text), or null when the whole file is concerned
 * (a section that is not there). The message is for the user, in the form's own words.
 */
public record ImportProblem(String cell, String code, String message) {

    static ImportProblem at(GridCell cell, String code, String message) {
        return new ImportProblem(cell == null ? null : cell.ref(), code, message);
    }
}
