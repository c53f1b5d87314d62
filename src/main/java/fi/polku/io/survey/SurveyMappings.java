package fi.polku.io.survey;

import fi.polku.io.table.ColumnNameException;
import fi.polku.io.table.ColumnNames;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.QuestionLink;
import fi.polku.model.SurveyMapping;
import fi.polku.model.Touchpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The survey mappings a map keeps: the fingerprint of a survey file's header that finds the mapping made for
 * an earlier round of the same survey, and the mapping as questions and labels for the import.
 */
public final class SurveyMappings {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Between the header texts: a character no header text has, so that ["a b", "c"] and ["a", "b c"] differ. */
    private static final String SEPARATOR = "\u001F";

    private SurveyMappings() {
    }

    /**
     * The header key of a survey file: the SHA-256 (lower-case hex) of its first non-blank row's cells, as
     * {@link SurveyPreview#header()} gives them, each trimmed, its spaces collapsed, NFC-normalised and in
     * lower case, without the empty cells at the row's end. The next round's export of the same survey
     * has the same key, even when a spreadsheet program added spaces or blank columns.
     */
    public static String headerKey(List<String> header) {
        List<String> texts = new ArrayList<>(header.size());
        for (String cell : header) {
            String text = cell == null ? "" : cell.replace("\uFEFF", "");
            text = Normalizer.normalize(SPACES.matcher(text.strip()).replaceAll(" "), Normalizer.Form.NFC);
            texts.add(text.toLowerCase(Locale.ROOT));
        }
        while (!texts.isEmpty() && texts.getLast().isEmpty()) {
            texts.removeLast();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join(SEPARATOR, texts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The mapping the map keeps for a file with this header (its first non-blank row), if any. */
    public static Optional<SurveyMapping> find(JourneyMap map, List<String> header) {
        return find(map, headerKey(header));
    }

    /** The mapping the map keeps under this header key, if any. */
    public static Optional<SurveyMapping> find(JourneyMap map, String headerKey) {
        return map.surveyMappings().stream().filter(m -> m.headerKey().equals(headerKey)).findFirst();
    }

    /** The map keeping {@code mapping}, in place of an older one for the same header, or last when new. */
    public static JourneyMap save(JourneyMap map, SurveyMapping mapping) {
        List<SurveyMapping> next = new ArrayList<>(map.surveyMappings());
        int at = -1;
        for (int i = 0; i < next.size() && at < 0; i++) {
            at = next.get(i).headerKey().equals(mapping.headerKey()) ? i : -1;
        }
        if (at >= 0) {
            next.set(at, mapping);
        } else {
            next.add(mapping);
        }
        return map.withSurveyMappings(next);
    }

    /** The saved questions as the import takes them: each column by its header text, each card by its id. */
    public static List<SurveyQuestion> questions(SurveyMapping mapping) {
        return mapping.questions().stream()
                .map(q -> new SurveyQuestion(q.column(), q.touchpointId(), q.metric())).toList();
    }

    /** The built-in label table with the mapping's own labels added, in their order. */
    public static LabelTable labels(SurveyMapping mapping) {
        LabelTable table = LabelTable.builtIn();
        for (Map.Entry<String, Double> label : mapping.labels().entrySet()) {
            table = table.with(label.getKey(), label.getValue());
        }
        return table;
    }

    /**
     * The questions of an import as a mapping saves them: each column by its header text (or, when another
     * column has the same text, its field id or letter), each touchpoint by its id in {@code map} and each
     * metric by its id. A question whose column, touchpoint or metric cannot be found is left out: the map
     * has no card for it (the import left its scores out) and a saved mapping may name only what exists.
     *
     * @param firstRows the file's first non-blank rows, its header rows among them
     */
    public static List<QuestionLink> links(JourneyMap map, List<List<String>> firstRows, List<SurveyQuestion> questions) {
        WideLayout layout = WideLayout.detect(firstRows);
        SurveyVocabulary vocabulary = new SurveyVocabulary(map);
        List<QuestionLink> out = new ArrayList<>();
        for (SurveyQuestion q : questions) {
            try {
                int column = layout.columns().resolve(q.column());
                Optional<Touchpoint> card = vocabulary.touchpoint(q.touchpoint());
                Optional<MetricDefinition> metric = vocabulary.metric(q.metric());
                QuestionLink link = card.isEmpty() || metric.isEmpty() ? null
                        : new QuestionLink(columnName(layout.columns(), column), card.get().id(), metric.get().id());
                if (link != null && !out.contains(link)) {
                    out.add(link);
                }
            } catch (ColumnNameException | SurveyInputException e) {
                // Not found now, so not saved; the import has told the user why already.
            }
        }
        return out;
    }

    /** The user's own labels of a label table (not the built-in scales), in their order. */
    public static Map<String, Double> userLabels(LabelTable table) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (LabelTable.Entry e : table.entries()) {
            if (e.metric() == null) {
                out.put(e.label(), e.value());
            }
        }
        return out;
    }

    /** The header text when it names this column alone, else the field id, else the column letter. */
    private static String columnName(ColumnNames columns, int index) {
        for (String name : List.of(columns.text(index), columns.fieldId(index))) {
            try {
                if (!name.isBlank() && columns.resolve(name) == index) {
                    return name;
                }
            } catch (ColumnNameException e) {
                // Ambiguous: try the next way of naming it.
            }
        }
        return ColumnNames.letter(index);
    }

    /** A mapping to save: the questions as mapped (touchpoint ids and metric ids) and the user's labels. */
    public static SurveyMapping of(List<String> header, String name, List<QuestionLink> questions,
                                   Map<String, Double> labels) {
        return new SurveyMapping(headerKey(header), name, questions, labels);
    }
}
