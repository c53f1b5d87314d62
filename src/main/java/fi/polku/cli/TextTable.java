package fi.polku.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: columns padded to their widest cell, numbers right-aligned. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    /** @param rightAligned the indexes of the numeric columns */
    TextTable(String[] header, int... rightAligned) {
        this.rightAligned = new boolean[header.length];
        for (int i : rightAligned) {
            this.rightAligned[i] = true;
        }
        rows.add(header);
    }

    TextTable add(String... cells) {
        rows.add(cells);
        return this;
    }

    String render() {
        int[] widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - row[i].length());
                line.append(rightAligned[i] ? pad + row[i] : row[i] + pad).append(i < row.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
