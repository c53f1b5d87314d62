package fi.polku.io.survey;

import fi.polku.model.MetricDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses a question's metric from its header and a few of its answers: the wording ("How likely … to
 * recommend", "suosittelisitko" → NPS), the labels of a built-in scale (satisfaction → CSAT, agreement →
 * CES, yes/no → FCR) or the range of the numbers (0–10 → NPS, −3..+3 → emotion). Answers that are mostly
 * free text get no metric, so an open question is not imported by a guess. Pure.
 */
public final class MetricGuess {
    private static final Pattern RECOMMEND = Pattern.compile("recommend|suosit");
    private static final Pattern EFFORT = Pattern.compile("easy|easily|effort|helppo|helpo|vaiva|agree|mielta");
    private static final Pattern RESOLVED = Pattern.compile("solve|resolv|first contact|ratke|ensimmaisella");
    private static final Pattern FEELING = Pattern.compile("feel|felt|emotion|tunne|tunsit|tuntui");
    private static final Set<String> YES_NO = Set.of("yes", "no", "kylla", "ei", "y", "n", "true", "false");

    private MetricGuess() {
    }

    /**
     * The id of the metric the answers most likely measure, or null when they look like free text.
     *
     * @param custom the map's custom metrics; one named in the header is taken when the answers fit its scale
     */
    public static String guess(String header, List<String> answers, List<MetricDefinition> custom) {
        String text = NameKey.of(header);
        List<String> given = answers.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        if (given.isEmpty()) {
            return null;
        }
        if (given.stream().allMatch(a -> YES_NO.contains(NameKey.of(a)))) {
            // A yes/no metric of the map named in the header ("approached within 5 minutes"), else FCR.
            return custom.stream().filter(m -> m.isYesNo() && named(header, m)).map(MetricDefinition::id)
                    .findFirst().orElse(MetricDefinition.FCR);
        }
        List<Double> numbers = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        int unknown = 0;
        for (String a : given) {
            Double n = number(a);
            if (n != null) {
                numbers.add(n);
                continue;
            }
            String metric = labelMetric(a);
            if (metric == null) {
                unknown++;
            } else {
                labels.merge(metric, 1, Integer::sum);
            }
        }
        // Mostly free text is an open question, whatever its header says; a stray label is one to add.
        if (unknown * 2 >= given.size()) {
            return null;
        }
        for (MetricDefinition m : custom) {
            if (!m.builtIn() && named(header, m) && labels.isEmpty()
                    && numbers.stream().allMatch(m::contains)) {
                return m.id();
            }
        }
        if (!labels.isEmpty()) {
            return labels.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        double min = numbers.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = numbers.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        boolean whole = numbers.stream().allMatch(n -> n == Math.rint(n));
        if (RECOMMEND.matcher(text).find() && min >= 0 && max <= 10) {
            return MetricDefinition.NPS;
        }
        if (min < 0 && min >= -3 && max <= 3) {
            return MetricDefinition.EMOTION;
        }
        if (FEELING.matcher(text).find() && min >= -3 && max <= 3) {
            return MetricDefinition.EMOTION;
        }
        if (RESOLVED.matcher(text).find() && min >= 0 && max <= 1) {
            return MetricDefinition.FCR;
        }
        if (!whole || min < 0) {
            return null;
        }
        if (max > 7 && max <= 10) {
            return MetricDefinition.NPS;
        }
        if (min >= 1 && max <= 7 && (EFFORT.matcher(text).find() || max > 5)) {
            return MetricDefinition.CES;
        }
        if (min >= 1 && max <= 5) {
            return MetricDefinition.CSAT;
        }
        return max <= 10 ? MetricDefinition.NPS : null;
    }

    /** Whether a header names a custom metric: most of its name's words, in any form ({@link TitleSimilarity}). */
    private static boolean named(String header, MetricDefinition metric) {
        return !metric.builtIn() && TitleSimilarity.score(header, metric.name()) >= 0.5;
    }

    /** The built-in scale a label belongs to (NPS, CSAT, CES), or null when no scale has it. */
    private static String labelMetric(String answer) {
        String key = LabelTable.key(answer);
        for (LabelTable.Entry e : LabelTable.builtIn().entries()) {
            if (e.metric() != null && !MetricDefinition.FCR.equals(e.metric()) && LabelTable.key(e.label()).equals(key)
                    && !e.label().chars().allMatch(Character::isDigit)) {
                return e.metric();
            }
        }
        return null;
    }

    private static Double number(String answer) {
        String s = answer.indexOf('.') < 0 ? answer.replace(',', '.') : answer;
        try {
            return new BigDecimal(s.strip().toLowerCase(Locale.ROOT)).doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
