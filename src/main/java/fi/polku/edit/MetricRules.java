package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.SurveyMapping;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a map's own metric must be before the app defines, changes or deletes it, as messages a facilitator
 * understands: a name no other metric has, a scale whose minimum is below its maximum, and no change that
 * would leave a measurement or target off its scale. A metric in use by measurements is not deleted.
 */
public final class MetricRules {
    private MetricRules() {
    }

    /** Why {@code metric} cannot be defined in {@code map} as it is (a new one, or one replacing its own id). */
    public static List<Text> problems(JourneyMap map, MetricDefinition metric) {
        return problems(map, metric.name(), metric);
    }

    /**
     * As {@link #problems(JourneyMap, MetricDefinition)}, with the name as the user typed it: a metric
     * record names itself by its id when its name is blank, so a form passes the typed name along.
     */
    public static List<Text> problems(JourneyMap map, String typedName, MetricDefinition metric) {
        List<Text> out = new ArrayList<>();
        String name = typedName == null ? "" : typedName.strip();
        if (name.isEmpty()) {
            out.add(Text.of("metric.rule.nameMissing"));
        } else if (nameTaken(map, metric.id(), name)) {
            out.add(Text.of("metric.rule.nameTaken", name));
        }
        if (!Double.isFinite(metric.min()) || !Double.isFinite(metric.max()) || !(metric.min() < metric.max())) {
            out.add(Text.of("metric.rule.minNotBelowMax", metric.min(), metric.max()));
            return out;
        }
        MetricDefinition old = map.metrics().stream().filter(m -> m.id().equals(metric.id())).findFirst().orElse(null);
        if (old == null) {
            return out;
        }
        Usage use = Usage.of(map, metric.id());
        if (old.kind() != metric.kind() && use.measurements() > 0) {
            out.add(Text.of("metric.rule.kindMeasured", name, use.measurements()));
        }
        int outside = 0;
        int targetsOutside = 0;
        for (Touchpoint t : map.touchpoints()) {
            for (Measurement m : t.measurements()) {
                if (m.metric().equals(metric.id()) && !metric.contains(m.value())) {
                    outside++;
                }
            }
            Double target = t.targets().get(metric.id());
            if (target != null && !metric.contains(target)) {
                targetsOutside++;
            }
        }
        if (outside > 0) {
            out.add(Text.of("metric.rule.measurementsOutside", outside, metric.min(), metric.max()));
        }
        if (targetsOutside > 0) {
            out.add(Text.of("metric.rule.targetsOutside", targetsOutside, metric.min(), metric.max()));
        }
        return out;
    }

    /** Why the map's metric {@code id} cannot be deleted now, or null when it can. */
    public static Text deletionRefusal(JourneyMap map, String id) {
        String name = map.metric(id).map(MetricDefinition::name).orElse(id);
        Usage use = Usage.of(map, id);
        if (use.measurements() > 0) {
            return Text.of("metric.rule.deleteMeasured", name, use.measurements(), use.touchpoints(),
                    UndoText.title(use.firstTitle()));
        }
        if (use.surveyMappings() > 0) {
            return Text.of("metric.rule.deleteSurveyMapping", name, use.surveyMappings());
        }
        return null;
    }

    /** How a metric is used: measurements (and on how many cards, the first by title) and survey mappings. */
    public record Usage(int measurements, int touchpoints, String firstTitle, int targets, int surveyMappings) {
        public static Usage of(JourneyMap map, String id) {
            int measurements = 0;
            int cards = 0;
            int targets = 0;
            String first = "";
            for (Touchpoint t : map.touchpoints()) {
                long here = t.measurements().stream().filter(m -> m.metric().equals(id)).count();
                if (here > 0 && cards++ == 0) {
                    first = t.title();
                }
                measurements += (int) here;
                targets += t.targets().containsKey(id) ? 1 : 0;
            }
            int mappings = 0;
            for (SurveyMapping s : map.surveyMappings()) {
                mappings += s.questions().stream().anyMatch(q -> id.equals(q.metric())) ? 1 : 0;
            }
            return new Usage(measurements, cards, first, targets, mappings);
        }
    }

    /** Another metric (a built-in by any of its names in either language, or a map's own) has this name. */
    private static boolean nameTaken(JourneyMap map, String id, String name) {
        for (MetricDefinition m : map.allMetrics()) {
            if (m.id().equals(id)) {
                continue;
            }
            if (same(m.name(), name) || same(m.id(), name)) {
                return true;
            }
            if (m.builtIn()) {
                String key = "builtInMetric.name." + m.id();
                for (Locale language : Localization.LANGUAGES) {
                    if (Localization.has(key) && same(Localization.text(language, key), name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return a != null && a.strip().equalsIgnoreCase(b.strip());
    }

    /** The targets map without {@code id}, for a metric being deleted. */
    static Map<String, Double> without(Map<String, Double> targets, String id) {
        if (!targets.containsKey(id)) {
            return targets;
        }
        Map<String, Double> next = new java.util.TreeMap<>(targets);
        next.remove(id);
        return next;
    }
}
