package fi.polku.io.survey;

import fi.polku.io.table.ColumnNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a wide survey file (one row per respondent, one column per question) is laid out: the tool that
 * wrote it, how many header rows come before the answers, the columns by name, which column dates the
 * answers and which columns hold questions rather than metadata or derived values.
 *
 * @param tool            the tool recognised from the metadata columns, or {@link SurveyTool#OTHER}
 * @param headerRows      1, 2 (SurveyMonkey) or 3 (Qualtrics)
 * @param columns         the columns by header text, with field ids when the file has a field-id row
 * @param dateColumn      0-based index of the answer-date column, or -1 when there is none
 * @param questionColumns 0-based indexes of the columns that may hold answers, in file order
 */
public record WideLayout(SurveyTool tool, int headerRows, ColumnNames columns, int dateColumn,
                         List<Integer> questionColumns) {
    /** Header rows a wide file may have at most (Qualtrics). */
    public static final int MAX_HEADER_ROWS = 3;
    private static final String IMPORT_ID = "{\"importid\"";
    private static final List<String> SURVEYMONKEY_SUBHEADS = List.of("response", "open-ended response");

    public WideLayout {
        questionColumns = List.copyOf(questionColumns);
    }

    /**
     * The layout of a file from its first non-blank rows (up to {@link #MAX_HEADER_ROWS}; fewer when the
     * file has fewer). Rows after the header rows are ignored.
     */
    public static WideLayout detect(List<List<String>> firstRows) {
        if (firstRows.isEmpty()) {
            throw new IllegalArgumentException("no rows to detect a layout from");
        }
        List<String> first = firstRows.getFirst();
        int rows = headerRows(firstRows);
        SurveyTool tool = SurveyTool.recognise(first);
        List<String> texts;
        List<String> ids = null;
        if (rows >= 2 && tool != SurveyTool.SURVEYMONKEY && !isSubheading(firstRows.get(1))) {
            // Qualtrics: field ids above, question texts below.
            ids = first;
            texts = firstRows.get(1);
        } else if (rows >= 2) {
            texts = surveyMonkeyTexts(first, firstRows.get(1));
        } else {
            texts = first;
        }
        ColumnNames columns = new ColumnNames(texts, ids);
        List<Integer> questions = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String text = columns.text(i);
            String id = columns.fieldId(i);
            boolean blank = text.isEmpty() && id.isEmpty();
            boolean metadata = SurveyTool.isMetadata(text) || SurveyTool.isMetadata(id);
            boolean derived = SurveyTool.isDerived(id) || SurveyTool.isDerived(text);
            if (!blank && !metadata && !derived) {
                questions.add(i);
            }
        }
        return new WideLayout(tool, rows, columns, dateColumn(tool, columns), questions);
    }

    /** Whether a header row is what a known survey tool writes, so the file is surely wide. */
    public static boolean looksWide(List<String> firstRow) {
        return SurveyTool.recognise(firstRow) != SurveyTool.OTHER;
    }

    /** The question columns described for a person: letter, field id and text. */
    public List<String> describeQuestions() {
        return questionColumns.stream().map(columns::describe).toList();
    }

    private static int headerRows(List<List<String>> rows) {
        int last = 0;
        for (int i = 1; i < Math.min(rows.size(), MAX_HEADER_ROWS); i++) {
            if (rows.get(i).stream().anyMatch(c -> c != null && c.strip().toLowerCase(Locale.ROOT)
                    .replace(" ", "").startsWith(IMPORT_ID))) {
                last = i;
            }
        }
        if (last > 0) {
            return last + 1;
        }
        return rows.size() > 1 && isSubheading(rows.get(1)) ? 2 : 1;
    }

    /** A SurveyMonkey second header row: "Response", "Open-Ended Response" or option labels, no numbers. */
    private static boolean isSubheading(List<String> row) {
        return row.stream().anyMatch(c -> c != null && SURVEYMONKEY_SUBHEADS.contains(SurveyTool.key(c)));
    }

    /**
     * One text per column from SurveyMonkey's two rows: the question (carried right over the blank cells
     * of its other options) and, for an option column, " - " and the option label.
     */
    private static List<String> surveyMonkeyTexts(List<String> top, List<String> sub) {
        List<String> texts = new ArrayList<>();
        String question = "";
        for (int i = 0; i < Math.max(top.size(), sub.size()); i++) {
            String t = i < top.size() && top.get(i) != null ? top.get(i).strip() : "";
            String s = i < sub.size() && sub.get(i) != null ? sub.get(i).strip() : "";
            question = t.isEmpty() ? question : t;
            boolean plain = s.isEmpty() || SURVEYMONKEY_SUBHEADS.contains(SurveyTool.key(s));
            texts.add(plain ? t : question.isEmpty() ? s : question + " - " + s);
        }
        return texts;
    }

    private static int dateColumn(SurveyTool tool, ColumnNames columns) {
        for (String name : tool.dateColumns()) {
            for (int i = 0; i < columns.size(); i++) {
                if (SurveyTool.key(columns.text(i)).equals(name) || SurveyTool.key(columns.fieldId(i)).equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
