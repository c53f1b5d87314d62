package fi.polku.io.sheet;

import fi.polku.io.table.ColumnNameException;
import fi.polku.io.table.ColumnNames;
import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Which column of a spreadsheet's header row holds each field of a touchpoint: found by the header's words
 * in English or Finnish ("Vaihe", "Touchpoint description", "Tärkeys (1–5)"), or named by the user as
 * {@link ColumnNames} finds a column. A column holds one field; a column the user names wins over one found.
 */
public final class TouchpointColumns {
    /** What the words in brackets and the digits say (a scale, a unit) does not name the field. */
    private static final Pattern ASIDES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\p{N}+");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}-]+");

    private final ColumnNames names;
    private final Map<TouchpointField, Integer> columns;
    private final Locale language;

    private TouchpointColumns(ColumnNames names, Map<TouchpointField, Integer> columns, Locale language) {
        this.names = names;
        this.columns = Collections.unmodifiableMap(columns);
        this.language = language;
    }

    /** The columns found by their header words alone. */
    public static TouchpointColumns recognise(List<String> header) {
        return of(header, Map.of());
    }

    /**
     * The columns found by their header words, then those the user named: a name as {@link ColumnNames}
     * resolves it (header text, unique prefix, column letter), or an empty name for "no column".
     *
     * @throws ColumnNameException when a name fits no column or several
     */
    public static TouchpointColumns of(List<String> header, Map<TouchpointField, String> chosen) {
        ColumnNames names = new ColumnNames(header);
        Map<TouchpointField, Integer> found = new EnumMap<>(TouchpointField.class);
        int english = 0;
        int finnish = 0;
        // Whole headers first, so that "Touchpoint" is the title before "Touchpoint description" is looked at.
        for (int i = 0; i < names.size(); i++) {
            String key = TouchpointField.key(ASIDES.matcher(names.text(i)).replaceAll(" "));
            for (TouchpointField f : TouchpointField.values()) {
                Optional<Locale> lang = f.languageOf(key);
                if (lang.isPresent()) {
                    found.putIfAbsent(f, i);
                    english += lang.get().equals(Localization.ENGLISH) ? 1 : 0;
                    finnish += lang.get().equals(Localization.FINNISH) ? 1 : 0;
                    break;
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Optional<TouchpointField> named = found.containsValue(i) ? Optional.empty() : byWord(names.text(i));
            if (named.isPresent() && !found.containsKey(named.get())) {
                found.put(named.get(), i);
            }
        }
        for (Map.Entry<TouchpointField, String> e : chosen.entrySet()) {
            found.remove(e.getKey());
            String name = e.getValue() == null ? "" : e.getValue().strip();
            if (!name.isEmpty()) {
                int index = names.resolve(name);
                found.values().remove(index);
                found.put(e.getKey(), index);
            }
        }
        Locale language = english == finnish ? null : english > finnish ? Localization.ENGLISH : Localization.FINNISH;
        return new TouchpointColumns(names, found, language);
    }

    /**
     * The field a longer header names by its last word ("Kosketuspisteen kuvaus" is the description) or,
     * failing that, its first ("Vastuuhenkilö / tiimi" is the owner).
     */
    private static Optional<TouchpointField> byWord(String header) {
        List<String> words = new ArrayList<>();
        for (String w : WORDS.split(ASIDES.matcher(header).replaceAll(" "))) {
            if (!TouchpointField.key(w).isEmpty()) {
                words.add(TouchpointField.key(w));
            }
        }
        if (words.size() < 2) {
            return Optional.empty();
        }
        for (String word : List.of(words.getLast(), words.getFirst())) {
            for (TouchpointField f : TouchpointField.values()) {
                if (f.languageOf(word).isPresent()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The 0-based column of a field, or empty when the sheet has none for it. */
    public OptionalInt column(TouchpointField field) {
        Integer i = columns.get(field);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** How many fields have a column. */
    public int count() {
        return columns.size();
    }

    /** The required fields without a column, in field order. */
    public List<TouchpointField> missing() {
        return java.util.Arrays.stream(TouchpointField.values())
                .filter(f -> f.required() && !columns.containsKey(f)).toList();
    }

    /** The language of the recognised header words, when more of them are in one language than the other. */
    public Optional<Locale> language() {
        return Optional.ofNullable(language);
    }

    /** The header row, for naming a column in a message. */
    public ColumnNames names() {
        return names;
    }
}
