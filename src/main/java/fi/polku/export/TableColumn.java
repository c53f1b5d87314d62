package fi.polku.export;

/**
 * One column of an exported table: its header and whether it holds text or numbers.
 *
 * @param width typical width in characters, used for spreadsheet column widths
 */
public record TableColumn(String header, Kind kind, int width) {
    /**
     * What a column's cells hold; numeric cells are written as numbers, never as text. STATUS cells hold a
     * target status ("Below target"...) that a spreadsheet colours like the map does. PERCENT cells hold a
     * share (0.125) that a workbook shows as a percentage and a CSV file writes as it is.
     */
    public enum Kind { TEXT, NUMBER, INTEGER, STATUS, PERCENT }

    public static TableColumn text(String header, int width) {
        return new TableColumn(header, Kind.TEXT, width);
    }

    public static TableColumn status(String header) {
        return new TableColumn(header, Kind.STATUS, 14);
    }

    public static TableColumn number(String header) {
        return new TableColumn(header, Kind.NUMBER, Math.max(8, header.length() + 2));
    }

    public static TableColumn integer(String header) {
        return new TableColumn(header, Kind.INTEGER, Math.max(6, header.length() + 2));
    }

    public static TableColumn percent(String header) {
        return new TableColumn(header, Kind.PERCENT, Math.max(8, header.length() + 2));
    }

    public boolean numeric() {
        return kind == Kind.NUMBER || kind == Kind.INTEGER || kind == Kind.PERCENT;
    }
}
