package fi.polku.io.table;

import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the column a person names in a header row: by its full header text (ignoring case and extra
 * spaces), by a prefix of the text that fits one column only, by its field id (Qualtrics {@code Q3}, from a
 * separate field-id header row) or by its spreadsheet column letter ({@code K}, {@code AA}). Pure: it knows
 * only the header it was given.
 */
public final class ColumnNames {
    /** Candidates named in an error message; the rest are counted. */
    static final int MAX_LISTED = 8;
    private static final int MAX_SHOWN_TEXT = 80;
    private static final Pattern LETTERS = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<String> texts;
    private final List<String> fieldIds;
    private final List<String> keys;
    private final List<String> idKeys;

    /** A header of texts only. */
    public ColumnNames(List<String> header) {
        this(header, null);
    }

    /**
     * A header of texts and a parallel row of field ids.
     *
     * @param fieldIds the field id of each column (missing or blank for none), or null when the file has none
     */
    public ColumnNames(List<String> header, List<String> fieldIds) {
        texts = header.stream().map(c -> c == null ? "" : SPACES.matcher(c.strip()).replaceAll(" ")).toList();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = fieldIds == null || i >= fieldIds.size() || fieldIds.get(i) == null ? "" : fieldIds.get(i).strip();
            ids.add(id);
        }
        this.fieldIds = List.copyOf(ids);
        keys = texts.stream().map(ColumnNames::key).toList();
        idKeys = this.fieldIds.stream().map(ColumnNames::key).toList();
    }

    /** How many columns the header has. */
    public int size() {
        return texts.size();
    }

    /** The header text of a column (spaces collapsed), empty when blank. */
    public String text(int index) {
        return texts.get(index);
    }

    /** The field id of a column, empty when the file has none for it. */
    public String fieldId(int index) {
        return fieldIds.get(index);
    }

    /**
     * The 0-based index of the column {@code name} refers to. Tried in turn: the full text, a field id, a
     * column letter written in capitals (when the header has that column), a unique prefix of the text.
     *
     * @throws ColumnNameException when the name fits several columns, or none; it lists the candidates
     */
    public int resolve(String name) {
        String key = key(name);
        if (key.isEmpty()) {
            throw unknown(name == null ? "" : name.strip(), allColumns());
        }
        List<Integer> exact = matching(keys, key, false);
        if (exact.size() == 1) {
            return exact.getFirst();
        }
        if (exact.isEmpty()) {
            List<Integer> byId = matching(idKeys, key, false);
            if (byId.size() == 1) {
                return byId.getFirst();
            }
            if (byId.size() > 1) {
                throw ambiguous(name.strip(), byId);
            }
            String typed = name.strip();
            int letter = LETTERS.matcher(typed).matches() ? index(typed) : -1;
            if (letter >= 0 && letter < texts.size()) {
                return letter;
            }
            List<Integer> prefixed = matching(keys, key, true);
            if (prefixed.size() == 1) {
                return prefixed.getFirst();
            }
            if (prefixed.isEmpty()) {
                throw unknown(typed, similar(key));
            }
            exact = prefixed;
        }
        throw ambiguous(name.strip(), exact);
    }

    /** A column as a person finds it in the file: its letter, field id and text, e.g. {@code K (Q3) "How…"}. */
    public String describe(int index) {
        StringBuilder s = new StringBuilder(letter(index));
        if (!fieldIds.get(index).isEmpty() && !key(fieldIds.get(index)).equals(keys.get(index))) {
            s.append(" (").append(fieldIds.get(index)).append(')');
        }
        String text = texts.get(index);
        if (!text.isEmpty()) {
            s.append(" \"").append(shortened(text)).append('"');
        }
        return s.toString();
    }

    /** A long question text cut at a word before {@link #MAX_SHOWN_TEXT} characters, with an ellipsis. */
    private static String shortened(String text) {
        if (text.length() <= MAX_SHOWN_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_SHOWN_TEXT - 1);
        return text.substring(0, cut > MAX_SHOWN_TEXT / 2 ? cut : MAX_SHOWN_TEXT - 1).strip() + "…";
    }

    /** The spreadsheet letter of a 0-based column index: 0 is A, 25 is Z, 26 is AA. */
    public static String letter(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("column index " + index);
        }
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.append((char) ('A' + (n - 1) % 26));
        }
        return s.reverse().toString();
    }

    /** The 0-based index of a column letter such as {@code K} or {@code aa}, or -1 when it is no letter. */
    public static int index(String letter) {
        String s = letter == null ? "" : letter.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > 3 || !s.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n = n * 26 + (s.charAt(i) - 'A' + 1);
        }
        return n - 1;
    }

    private static String key(String s) {
        return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static List<Integer> matching(List<String> in, String key, boolean prefix) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            String k = in.get(i);
            if (!k.isEmpty() && (prefix ? k.startsWith(key) : k.equals(key))) {
                found.add(i);
            }
        }
        return found;
    }

    /** The columns whose text or field id contains the name, or else every column with a text. */
    private List<Integer> similar(String key) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).contains(key) || (!idKeys.get(i).isEmpty() && idKeys.get(i).contains(key))) {
                found.add(i);
            }
        }
        return found.isEmpty() ? allColumns() : found;
    }

    private List<Integer> allColumns() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).isEmpty() || !idKeys.get(i).isEmpty()) {
                all.add(i);
            }
        }
        return all;
    }

    private ColumnNameException unknown(String name, List<Integer> candidates) {
        return new ColumnNameException(Text.of("io.table.unknownColumn", name, listed(candidates),
                Math.max(0, candidates.size() - MAX_LISTED)), candidates);
    }

    private ColumnNameException ambiguous(String name, List<Integer> candidates) {
        return new ColumnNameException(Text.of("io.table.ambiguousColumn", name, candidates.size(),
                listed(candidates), Math.max(0, candidates.size() - MAX_LISTED)), candidates);
    }

    private String listed(List<Integer> candidates) {
        return String.join(", ", candidates.stream().limit(MAX_LISTED).map(this::describe).toList());
    }
}
