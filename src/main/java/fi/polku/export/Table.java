package fi.polku.export;

import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A named table of typed cells (String, Number or null for empty), the common input of the CSV and XLSX
 * writers. Cells of numeric columns are numbers; text cells are kept raw and neutralised by the writers.
 *
 * @param language the language of its name, headers and words (the map's), so that a spreadsheet colours
 *                 status words written in it
 */
public record Table(String name, List<TableColumn> columns, List<List<Object>> rows, Locale language) {
    public Table {
        language = Localization.supported(language);
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, table " + name + " has "
                        + columns.size() + " columns");
            }
            // List.copyOf refuses nulls, and null is how an empty cell is written.
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The cell in a row under the column with this header, or null. */
    public Object cell(int row, String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return rows.get(row).get(i);
            }
        }
        throw new IllegalArgumentException("no column " + header);
    }
}
