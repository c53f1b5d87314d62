package fi.polku.io.sheet;

import fi.polku.io.table.ColumnNameException;
import fi.polku.io.table.ColumnNames;
import fi.polku.io.survey.SpreadsheetRows;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

/**
 * Reads a spreadsheet (CSV, or one sheet of an XLSX workbook) with one touchpoint a row into a new map:
 * stages and lanes in the order first met, a lane's kind and channel type from its name, a blank stage or
 * lane repeating the one above (as merged cells read), and a row with only a stage or lane declaring it.
 * Every problem is located by row, column letter and header; a map is made only when there is none.
 */
public final class TouchpointSheet {
    /** Problems listed at most; the rest are counted. */
    public static final int MAX_LISTED = 100;
    /** A map of more cards than this cannot be read by anyone; the biggest generated map has as many. */
    public static final int MAX_TOUCHPOINTS = 20_000;
    /** Rows above the header looked at for it: a title or a note may sit above the header. */
    private static final int HEADER_SEARCH = 10;
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;]");

    /**
     * What to read and how.
     *
     * @param sheet    the XLSX sheet, or null for the first
     * @param columns  the columns the user names for fields (see {@link TouchpointColumns#of})
     * @param title    the map's title, or null or blank for the file's name
     * @param fallback the map's language when the header's words do not say it (the user's language)
     * @param preview  how many data rows to keep as written, for a preview
     */
    public record Options(String sheet, Map<TouchpointField, String> columns, String title, Locale fallback,
                          int preview) {
        public Options {
            columns = Map.copyOf(columns);
        }
    }

    private final String file;
    private final Options options;
    /** The first non-blank rows while none of them looked like a header, and their row numbers. */
    private final List<List<String>> pending = new ArrayList<>();
    private final List<Long> pendingLines = new ArrayList<>();
    private final List<SheetReading.Row> firstRows = new ArrayList<>();
    private final List<SheetProblem> problems = new ArrayList<>();
    private final SheetMapBuilder builder = new SheetMapBuilder();
    private List<String> header;
    private TouchpointColumns columns;
    private int problemCount;
    private int rows;
    private String lastStage;
    private String lastLane;

    private TouchpointSheet(String file, Options options) {
        this.file = file;
        this.options = options;
    }

    /** Thrown to stop reading a sheet with more rows than a map can hold. */
    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads the whole sheet. Stops with a {@link CancellationException} when the thread is interrupted.
     *
     * @throws SurveyFileException when the file is no CSV or XLSX file that can be read
     */
    public static SheetReading read(Path file, Options options) throws IOException, SurveyFileException {
        TouchpointSheet reading = new TouchpointSheet(file.getFileName().toString(), options);
        List<String> sheets = SpreadsheetRows.sheetNames(file);
        try {
            SpreadsheetRows.read(file, options.sheet(), reading::row);
            reading.endOfFile();
        } catch (TooMany e) {
            reading.fileProblem(Text.of("io.sheet.tooMany", MAX_TOUCHPOINTS));
        }
        if (sheets.size() > 1 && (reading.columns == null || !reading.columns.missing().isEmpty())) {
            // Often the touchpoints are on another sheet than the first (instructions, a cover page).
            String used = options.sheet() == null ? sheets.getFirst() : options.sheet();
            reading.fileProblem(Text.of("io.sheet.onSheet", used, String.join(", ", sheets)));
        }
        return reading.result(sheets);
    }

    private void row(long line, List<String> cells) {
        if (Thread.currentThread().isInterrupted()) {
            // For logs only: whoever cancels says so in its own words and never shows this message.
            throw new CancellationException("reading " + file + " cancelled at line " + line);
        }
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (header != null) {
            data(line, cells);
        } else if (TouchpointColumns.recognise(cells).count() >= 2) {
            useHeader(cells, List.of(), List.of());
        } else {
            pending.add(cells);
            pendingLines.add(line);
            if (pending.size() == HEADER_SEARCH) {
                useFirstAsHeader();
            }
        }
    }

    /** No row looked like a header: the first one is it, and the others are data. */
    private void useFirstAsHeader() {
        List<List<String>> rest = List.copyOf(pending.subList(1, pending.size()));
        List<Long> restLines = List.copyOf(pendingLines.subList(1, pendingLines.size()));
        useHeader(pending.getFirst(), rest, restLines);
    }

    private void useHeader(List<String> cells, List<List<String>> data, List<Long> lines) {
        header = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
        pending.clear();
        pendingLines.clear();
        try {
            columns = TouchpointColumns.of(header, options.columns());
            for (TouchpointField f : columns.missing()) {
                fileProblem(Text.of("io.sheet.missingColumn", Text.of("io.sheet.field." + f.name()),
                        describeHeader()));
            }
        } catch (ColumnNameException e) {
            fileProblem(e.reason());
        }
        for (int i = 0; i < data.size(); i++) {
            data(lines.get(i), data.get(i));
        }
    }

    private void endOfFile() {
        if (header == null && !pending.isEmpty()) {
            useFirstAsHeader();
        }
        if (header == null) {
            fileProblem(Text.of("io.survey.noHeader"));
        } else if (rows == 0 && columns != null && columns.missing().isEmpty()) {
            fileProblem(Text.of("io.sheet.noRows"));
        }
    }

    private String describeHeader() {
        ColumnNames names = new ColumnNames(header);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < names.size() && shown.size() < 12; i++) {
            if (!names.text(i).isEmpty()) {
                shown.add(names.describe(i));
            }
        }
        return String.join(", ", shown);
    }

    private void data(long line, List<String> cells) {
        rows++;
        if (firstRows.size() < options.preview()) {
            firstRows.add(new SheetReading.Row(line, cells));
        }
        if (columns == null || !columns.missing().isEmpty()) {
            return;
        }
        int before = problemCount;
        String stage = cell(cells, TouchpointField.STAGE);
        String lane = cell(cells, TouchpointField.LANE);
        String title = cell(cells, TouchpointField.TITLE);
        boolean onlyPlace = title.isEmpty() && Arrays.stream(TouchpointField.values())
                .filter(f -> !f.required()).allMatch(f -> cell(cells, f).isEmpty());
        stage = stage.isEmpty() ? lastStage : stage;
        lane = lane.isEmpty() ? lastLane : lane;
        if (stage == null) {
            problem(line, TouchpointField.STAGE, Text.of("io.sheet.noStage"));
        } else {
            builder.stage(stage);
            lastStage = stage;
        }
        if (lane == null) {
            problem(line, TouchpointField.LANE, Text.of("io.sheet.noLane"));
        } else {
            builder.lane(lane);
            lastLane = lane;
        }
        if (onlyPlace) {
            return;
        }
        if (title.isEmpty()) {
            problem(line, TouchpointField.TITLE, Text.of("io.sheet.noTitle"));
        }
        Double importance = number(line, cells, TouchpointField.IMPORTANCE, 1, 5, "io.sheet.importanceRange");
        Double emotion = number(line, cells, TouchpointField.EMOTION, -3, 3, "io.sheet.emotionRange");
        if (problemCount == before) {
            if (builder.touchpoints() == MAX_TOUCHPOINTS) {
                throw new TooMany();
            }
            builder.add(stage, lane, new Touchpoint("t", title, cell(cells, TouchpointField.DESCRIPTION),
                    "s", "l", importance, emotion, cell(cells, TouchpointField.OWNER),
                    tags(cell(cells, TouchpointField.TAGS)), "", null, List.of(), Map.of()));
        }
    }

    /** A field's cell, stripped; empty when the sheet has no column for it or the row ends before it. */
    private String cell(List<String> cells, TouchpointField field) {
        OptionalInt column = columns.column(field);
        if (column.isEmpty() || column.getAsInt() >= cells.size() || cells.get(column.getAsInt()) == null) {
            return "";
        }
        return cells.get(column.getAsInt()).strip();
    }

    /**
     * A number in {@code low..high}, written as Excel stores it or as people type it (4, 4,5, +2, −2); null
     * when blank or wrong, a wrong one being a problem.
     */
    private Double number(long line, List<String> cells, TouchpointField field, int low, int high, String rangeKey) {
        String text = cell(cells, field);
        if (text.isEmpty()) {
            return null;
        }
        String plain = text.replace('\u2212', '-').replace('\u2013', '-');
        if (!NUMBER.matcher(plain).matches()) {
            problem(line, field, Text.of("io.sheet.notANumber", Text.of("io.sheet.field." + field.name()), text));
            return null;
        }
        double value = Double.parseDouble(plain.replace(',', '.'));
        if (value < low || value > high) {
            problem(line, field, Text.of(rangeKey, text));
            return null;
        }
        return value;
    }

    private static List<String> tags(String text) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String t : TAG_SEPARATORS.split(text)) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return List.copyOf(tags);
    }

    private void problem(long line, TouchpointField field, Text reason) {
        int column = columns.column(field).orElse(-1);
        add(new SheetProblem(file, line, column, column < 0 ? "" : columns.names().text(column), reason));
    }

    private void fileProblem(Text reason) {
        add(new SheetProblem(file, 0, -1, "", reason));
    }

    private void add(SheetProblem problem) {
        problemCount++;
        if (problems.size() < MAX_LISTED) {
            problems.add(problem);
        }
    }

    private SheetReading result(List<String> sheets) {
        String title = options.title() == null || options.title().isBlank() ? titleOf(file) : options.title().strip();
        Locale language = columns == null ? options.fallback() : columns.language().orElse(options.fallback());
        return new SheetReading(file, sheets, header == null ? List.of() : header, columns, firstRows, rows,
                problems, problemCount, builder.build(title, language));
    }

    /** The file's name without its extension, underscores read as spaces: "Kosketuspisteet syksy". */
    private static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).replace('_', ' ').strip();
    }
}
