package cn.jixiao.command.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The plain-text dump of the Word form as a {@link Grid}. In the dump a tab starts a cell, the cell's text runs
 * over following lines until the next tab, and an empty line right before a tab ends the row. Empty lines
 * elsewhere belong to the cell (Word pads cells with empty paragraphs). A cell's position in its row is its
 * column; its {@code ref} is the line it starts on.
 */
final class TextGridReader {

    /** Word's hidden bookmarks leak into some dumps as text. */
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^]]*]");

    private TextGridReader() {
    }

    static Grid read(String text) {
        String[] lines = BOOKMARK.matcher(text.replace("\uFEFF", "")).replaceAll("").split("\\R", -1);
        Builder builder = new Builder();
        for (int i = 0; i < lines.length; i++) {
            String[] segments = lines[i].split("\t", -1);
            if (segments.length == 1 || !segments[0].isEmpty()) {
                builder.continueCell(segments[0]);
            }
            for (int s = 1; s < segments.length; s++) {
                builder.startCell(segments[s], i + 1);
            }
            builder.lineEnded(segments.length == 1 && lines[i].isBlank());
        }
        return builder.grid();
    }

    private static final class Builder {
        private final List<List<GridCell>> rows = new ArrayList<>();
        private final List<GridCell> row = new ArrayList<>();
        private StringBuilder cell;
        private int cellLine;
        private boolean afterEmptyLine;

        void continueCell(String segment) {
            if (cell != null) {
                cell.append('\n').append(segment);
            } else if (!segment.isBlank()) {
                cell = new StringBuilder(segment);
            }
        }

        void startCell(String segment, int line) {
            if (afterEmptyLine) {
                endRow();
            } else {
                endCell();
            }
            cell = new StringBuilder(segment);
            cellLine = line;
            afterEmptyLine = false;
        }

        void lineEnded(boolean empty) {
            afterEmptyLine = empty;
        }

        private void endCell() {
            if (cell != null) {
                row.add(new GridCell(rows.size(), row.size(), 1, cell.toString(), "line " + cellLine));
                cell = null;
            }
        }

        private void endRow() {
            endCell();
            if (!row.isEmpty()) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }

        Grid grid() {
            endRow();
            return new Grid(rows);
        }
    }
}
