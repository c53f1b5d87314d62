package fi.polku.io.survey;

import fi.polku.model.JourneyMap;
import fi.polku.model.QuestionLink;
import fi.polku.model.SurveyMapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
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

    /** A mapping to save: the questions as mapped (touchpoint ids and metric ids) and the user's labels. */
    public static SurveyMapping of(List<String> header, String name, List<QuestionLink> questions,
                                   Map<String, Double> labels) {
        return new SurveyMapping(headerKey(header), name, questions, labels);
    }
}
