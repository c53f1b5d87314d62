package fi.polku.io.survey;

import fi.polku.metrics.AnswerScale;
import fi.polku.model.MetricDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Turns answer labels into numbers: built-in English and Finnish scales for NPS, CSAT (5 points), CES
 * (7-point agreement) and FCR (yes/no), every point included, plus labels a user adds, which apply to
 * every metric and win over the built-in ones. Labels are compared ignoring case, accents, extra spaces
 * and the kind of dash. Immutable.
 */
public final class LabelTable {
    private static final Pattern DASHES = Pattern.compile("\\s*[-‐‑‒–—−]\\s*");
    private static final LabelTable BUILT_IN = new LabelTable(builtInEntries(), Map.of());

    /**
     * One label of the table.
     *
     * @param metric the metric whose answers it names, or null for a user's label, which names any metric
     * @param label  the label as written
     * @param value  the answer it stands for
     */
    public record Entry(String metric, String label, double value) {
    }

    private final List<Entry> builtIn;
    private final Map<String, Entry> user;
    private final Map<String, Map<String, Double>> byMetric = new HashMap<>();

    private LabelTable(List<Entry> builtIn, Map<String, Entry> user) {
        this.builtIn = List.copyOf(builtIn);
        this.user = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(user));
        for (Entry e : builtIn) {
            byMetric.computeIfAbsent(e.metric(), k -> new HashMap<>()).putIfAbsent(key(e.label()), e.value());
        }
    }

    /** The built-in scales only. */
    public static LabelTable builtIn() {
        return BUILT_IN;
    }

    /** This table with a user's label, for answers of any metric; a later label of the same text wins. */
    public LabelTable with(String label, double value) {
        Map<String, Entry> next = new LinkedHashMap<>(user);
        next.remove(key(label));
        next.put(key(label), new Entry(null, label.strip(), value));
        return new LabelTable(builtIn, next);
    }

    /** Every label: the user's first, then the built-in ones by metric, in scale order. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>(user.values());
        all.addAll(builtIn);
        return all;
    }

    /** The number a label stands for in answers of {@code metric}, or empty when the table has no such label. */
    public OptionalDouble value(String label, MetricDefinition metric) {
        String k = key(label);
        Entry own = user.get(k);
        if (own != null) {
            return OptionalDouble.of(own.value());
        }
        // A custom yes/no metric's answers are read with FCR's yes/no words.
        String scale = metric.builtIn() ? metric.id() : metric.isYesNo() ? MetricDefinition.FCR : null;
        Double v = scale != null ? byMetric.getOrDefault(scale, Map.of()).get(k) : null;
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * An answer cell as a number: a user's label, a number (a decimal comma allowed; yes/no words for FCR)
     * or a built-in label of the metric's scale.
     *
     * @throws SurveyInputException naming the label when it is none of these
     */
    double read(String text, AnswerScale scale) {
        Entry own = user.isEmpty() ? null : user.get(key(text));
        if (own != null) {
            return own.value();
        }
        try {
            return AnswerParser.value(text, scale);
        } catch (SurveyInputException notANumber) {
            OptionalDouble labelled = value(text, scale.metric());
            if (labelled.isPresent()) {
                return labelled.getAsDouble();
            }
            throw new SurveyInputException("io.survey.wide.unknownLabel", text.strip(), scale.metric().name());
        }
    }

    /** Whether an answer of {@code metric} can be read: a number on its scale's terms or a label the table has. */
    public boolean reads(String text, MetricDefinition metric) {
        try {
            read(text, AnswerScale.of(metric));
            return true;
        } catch (SurveyInputException e) {
            return false;
        }
    }

    static String key(String label) {
        return DASHES.matcher(NameKey.of(label)).replaceAll(" - ");
    }

    private static List<Entry> builtInEntries() {
        List<Entry> e = new ArrayList<>();
        scale(e, MetricDefinition.NPS, 0, "0 - Not at all likely", "0 - En lainkaan todennäköisesti",
                "0 - Erittäin epätodennäköistä", "Not at all likely", "En lainkaan todennäköisesti");
        for (int i = 1; i <= 9; i++) {
            scale(e, MetricDefinition.NPS, i, String.valueOf(i));
        }
        scale(e, MetricDefinition.NPS, 10, "10 - Extremely likely", "10 - Erittäin todennäköisesti",
                "10 - Erittäin todennäköistä", "Extremely likely", "Erittäin todennäköisesti");
        scale(e, MetricDefinition.CSAT, 1, "Very dissatisfied", "Extremely dissatisfied", "Erittäin tyytymätön");
        scale(e, MetricDefinition.CSAT, 2, "Dissatisfied", "Somewhat dissatisfied", "Tyytymätön", "Melko tyytymätön");
        scale(e, MetricDefinition.CSAT, 3, "Neither satisfied nor dissatisfied", "Neutral",
                "Ei tyytyväinen eikä tyytymätön", "Ei tyytymätön eikä tyytyväinen");
        scale(e, MetricDefinition.CSAT, 4, "Satisfied", "Somewhat satisfied", "Tyytyväinen", "Melko tyytyväinen");
        scale(e, MetricDefinition.CSAT, 5, "Very satisfied", "Extremely satisfied", "Erittäin tyytyväinen");
        scale(e, MetricDefinition.CES, 1, "Strongly disagree", "Täysin eri mieltä");
        scale(e, MetricDefinition.CES, 2, "Disagree", "Eri mieltä");
        scale(e, MetricDefinition.CES, 3, "Somewhat disagree", "Jokseenkin eri mieltä", "Osittain eri mieltä");
        scale(e, MetricDefinition.CES, 4, "Neither agree nor disagree", "Neutral", "Ei samaa eikä eri mieltä");
        scale(e, MetricDefinition.CES, 5, "Somewhat agree", "Jokseenkin samaa mieltä", "Osittain samaa mieltä");
        scale(e, MetricDefinition.CES, 6, "Agree", "Samaa mieltä");
        scale(e, MetricDefinition.CES, 7, "Strongly agree", "Täysin samaa mieltä");
        scale(e, MetricDefinition.FCR, 1, "Yes", "Kyllä");
        scale(e, MetricDefinition.FCR, 0, "No", "Ei");
        return e;
    }

    private static void scale(List<Entry> entries, String metric, double value, String... labels) {
        for (String label : labels) {
            entries.add(new Entry(metric, label, value));
        }
    }
}
