package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds a map's own metric, or changes the one with the same id, as one step ("Define metric “Queue
 * time”", "Edit metric “Queue time”"). Refuses a metric that {@link MetricRules} finds a problem with.
 */
public record DefineMetric(MetricDefinition metric, Text description) implements Command {
    public DefineMetric {
        if (metric.builtIn()) {
            throw new IllegalArgumentException("Built-in metrics are not defined by a map");
        }
    }

    /** Defines {@code metric} in {@code map}: named as a new metric, or as an edit when its id is there already. */
    public static DefineMetric of(JourneyMap map, MetricDefinition metric) {
        String key = indexOf(map, metric.id()) < 0 ? "step.metric.define" : "step.metric.edit";
        return new DefineMetric(metric, Text.of(key, UndoText.title(metric.name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        List<Text> problems = MetricRules.problems(map, metric);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst().in(Locale.ENGLISH));
        }
        List<MetricDefinition> next = new ArrayList<>(map.metrics());
        int at = indexOf(map, metric.id());
        if (at < 0) {
            if (new IdGenerator(map).isTaken(metric.id()) || MetricDefinition.builtIn(metric.id()) != null) {
                throw new IllegalArgumentException("Id \"" + metric.id() + "\" is already used in the map");
            }
            next.add(metric);
        } else {
            next.set(at, metric);
        }
        JourneyMap out = map.withMetrics(next);
        return out.equals(map) ? map : out;
    }

    /** A readable id for a new metric named {@code name}: "queue-time", "odotusaika", or "metric" plus a number. */
    public static String newId(JourneyMap map, String name) {
        String base = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > 24) {
            base = base.substring(0, 24).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "metric";
        }
        IdGenerator ids = new IdGenerator(map);
        String id = base;
        for (int n = 2; ids.isTaken(id) || MetricDefinition.builtIn(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static int indexOf(JourneyMap map, String id) {
        for (int i = 0; i < map.metrics().size(); i++) {
            if (map.metrics().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
