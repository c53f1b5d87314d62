package fi.polku.export;

import fi.polku.model.JourneyMap;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The tables a map exports to spreadsheets; a CSV file holds one of them, a workbook all of them. */
public enum ExportTable {
    TOUCHPOINTS(TouchpointTables::touchpoints),
    MEASUREMENTS(TouchpointTables::measurements),
    OPPORTUNITIES(AnalysisTables::opportunities),
    ANALYSIS(AnalysisTables::analysis);

    private final Function<JourneyMap, Table> make;

    ExportTable(Function<JourneyMap, Table> make) {
        this.make = make;
    }

    /** This table of {@code map}, in the map's language. */
    public Table of(JourneyMap map) {
        return make.apply(map);
    }

    /** The word that names it on the command line, such as {@code opportunities}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every table, one sheet each, in the order a workbook shows them. */
    public static List<Table> all(JourneyMap map) {
        return List.of(TOUCHPOINTS.of(map), MEASUREMENTS.of(map), OPPORTUNITIES.of(map), ANALYSIS.of(map));
    }
}
