package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Deletes a map's own metric as one step, with the targets set on it (they mean nothing without it).
 * Refused while a measurement or a saved survey mapping uses the metric: see {@link MetricRules#deletionRefusal}.
 */
public record DeleteMetric(String metricId, String name) implements Command {
    /** Deleting the map's metric {@code id}, named after it in the Undo menu. */
    public static DeleteMetric of(JourneyMap map, String id) {
        return new DeleteMetric(id, map.metric(id).map(MetricDefinition::name).orElse(id));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        int at = DefineMetric.indexOf(map, metricId);
        if (at < 0) {
            return map;
        }
        Text refusal = MetricRules.deletionRefusal(map, metricId);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal.in(Locale.ENGLISH));
        }
        List<MetricDefinition> metrics = new ArrayList<>(map.metrics());
        metrics.remove(at);
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints().size());
        boolean changed = false;
        for (Touchpoint t : map.touchpoints()) {
            var targets = MetricRules.without(t.targets(), metricId);
            changed |= targets != t.targets();
            cards.add(targets == t.targets() ? t : t.withTargets(targets));
        }
        JourneyMap out = map.withMetrics(metrics);
        return changed ? out.withTouchpoints(cards) : out;
    }

    @Override
    public Text description() {
        return Text.of("step.metric.delete", UndoText.title(name));
    }
}
