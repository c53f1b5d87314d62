package fi.polku.io.sheet;

import fi.polku.io.table.ColumnNames;
import fi.polku.text.Text;

import java.util.Locale;

/**
 * Something in a spreadsheet of touchpoints that keeps a map from being made, with where it is: the file,
 * the row as the spreadsheet numbers it, and the column's letter and header (row 0 for the whole file,
 * column -1 for the whole row).
 */
public record SheetProblem(String file, long row, int column, String header, Text reason) {
    public SheetProblem {
        header = header == null ? "" : header;
    }

    /** The problem with its location, e.g. {@code kartta.xlsx, row 7, column E "Tärkeys": importance 7 is outside 1–5}. */
    public Text text() {
        if (row <= 0) {
            return Text.of("io.sheet.inFile", file, reason);
        }
        if (column < 0) {
            return Text.of("io.sheet.atRow", file, row, reason);
        }
        return header.isBlank() ? Text.of("io.sheet.atColumn", file, row, ColumnNames.letter(column), reason)
                : Text.of("io.sheet.atCell", file, row, ColumnNames.letter(column), header, reason);
    }

    /** The located problem in a reader's language. */
    public String in(Locale locale) {
        return text().in(locale);
    }
}
