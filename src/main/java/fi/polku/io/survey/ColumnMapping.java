package fi.polku.io.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which header names the survey fields are read from: by default their usual names in English or
 * Finnish, ignoring case; a caller can name the column of any field (e.g. VALUE = "Suosittelisitko?").
 */
public record ColumnMapping(Map<SurveyField, String> overrides) {
    public ColumnMapping {
        overrides = overrides == null || overrides.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(overrides));
    }

    public static ColumnMapping defaults() {
        return new ColumnMapping(Map.of());
    }

    /** This mapping with the column of {@code field} named {@code header}. */
    public ColumnMapping with(SurveyField field, String header) {
        Map<SurveyField, String> next = new EnumMap<>(SurveyField.class);
        next.putAll(overrides);
        next.put(field, header);
        return new ColumnMapping(next);
    }

    /**
     * The column index of each field in a header row, -1 for an absent optional field.
     *
     * @throws SurveyInputException naming the missing required columns and the columns found
     */
    Map<SurveyField, Integer> resolve(List<String> header) {
        Map<SurveyField, Integer> columns = new EnumMap<>(SurveyField.class);
        List<String> missing = new ArrayList<>();
        for (SurveyField field : SurveyField.values()) {
            List<String> names = overrides.containsKey(field) ? List.of(overrides.get(field)) : field.headers();
            int index = indexOf(header, names);
            if (index < 0 && (field.required() || overrides.containsKey(field))) {
                missing.add("\"" + names.getFirst() + "\"");
            }
            columns.put(field, index);
        }
        if (!missing.isEmpty()) {
            throw new SurveyInputException("io.survey.missingColumns", String.join(", ", missing), missing.size(),
                    String.join(", ", header));
        }
        return columns;
    }

    private static int indexOf(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (cell.equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
        }
        return -1;
    }
}
