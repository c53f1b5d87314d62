package fi.polku.io.sheet;

import fi.polku.model.JourneyMap;

import java.util.List;
import java.util.Optional;

/**
 * What reading a spreadsheet of touchpoints found: its header, which column holds each field, the first
 * rows, the problems (located, up to {@link TouchpointSheet#MAX_LISTED} of them) and the map the rows
 * make. The map is given only when there is no problem at all; the draft, with the stages and lanes the
 * rows name, is there for a preview either way.
 *
 * @param sheets       the workbook's sheet names, empty for CSV
 * @param header       the header row's cells, empty when the file has no rows
 * @param columns      the column of each field, or null when the header has none or a name was refused
 * @param firstRows    up to the asked number of data rows, as written
 * @param rows         how many data rows (not blank) the sheet has
 * @param problemCount how many problems there are, listed or not
 */
public record SheetReading(String file, List<String> sheets, List<String> header, TouchpointColumns columns,
                           List<Row> firstRows, int rows, List<SheetProblem> problems, int problemCount,
                           JourneyMap draft) {
    /** One row of the sheet as written, with its row number. */
    public record Row(long line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public SheetReading {
        sheets = List.copyOf(sheets);
        header = List.copyOf(header);
        firstRows = List.copyOf(firstRows);
        problems = List.copyOf(problems);
    }

    /** The new map, or empty while any row or the header has a problem. */
    public Optional<JourneyMap> map() {
        return problemCount == 0 ? Optional.of(draft) : Optional.empty();
    }
}
