package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.model.diff.ItemChange;
import fi.polku.model.diff.ItemKind;
import fi.polku.model.diff.MapDiff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a compare view shows of two versions of a map, "before" (as-is, an earlier version, or round A) and
 * "after" (the map open, or round B): the structural difference, and each card's change in its key metric
 * with its interval and verdict. Two rounds of one map have no structural difference.
 *
 * @param cardChanges per touchpoint id of the after map, its key metric's change; only cards measured in
 *                    both versions whose measurement differs, those with a clear verdict first, each in
 *                    reading order
 */
public record MapComparison(JourneyMap before, JourneyMap after, MapDiff diff, Map<String, MetricChange> cardChanges) {
    public MapComparison {
        // Kept in the order given (clear verdicts first, each in reading order): the change list shows it.
        cardChanges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cardChanges));
    }

    /** Two maps, e.g. the as-is map before the to-be map, or the last committed version before the open one. */
    public static MapComparison of(JourneyMap before, JourneyMap after) {
        return new MapComparison(before, after, MapDiff.between(before, after), cardChanges(before, after));
    }

    /** Two rounds of one map: the map as round A saw it before the map as round B saw it. */
    public static MapComparison ofRounds(JourneyMap map, Round a, Round b) {
        JourneyMap before = a.select(map);
        JourneyMap after = b.select(map);
        return new MapComparison(before, after, MapDiff.between(map, map), cardChanges(before, after));
    }

    /** The touchpoints the before map had and the after map has not, with their places in the before map. */
    public List<Touchpoint> removedCards() {
        List<Touchpoint> removed = new ArrayList<>();
        for (ItemChange c : diff.of(ItemKind.TOUCHPOINT)) {
            if (c.status() == ItemChange.Status.REMOVED) {
                before.touchpoint(c.id()).ifPresent(removed::add);
            }
        }
        return removed;
    }

    private static Map<String, MetricChange> cardChanges(JourneyMap before, JourneyMap after) {
        Map<String, MetricChange> out = new LinkedHashMap<>();
        for (Touchpoint t : MapOrder.touchpoints(after)) {
            Touchpoint old = before.touchpoint(t.id()).orElse(null);
            if (old == null) {
                continue;
            }
            // The key metric of the newer version, else of the older one (a card whose measurements were removed).
            MetricDefinition metric = KeyMetric.of(t, after).or(() -> KeyMetric.of(old, before)).orElse(null);
            if (metric == null) {
                continue;
            }
            Measurement a = LatestMeasurement.of(old, metric.id()).orElse(null);
            Measurement b = LatestMeasurement.of(t, metric.id()).orElse(null);
            if (a != null && b != null && !a.equals(b)) {
                out.put(t.id(), RoundComparison.compare(t, metric, a, b));
            }
        }
        // The clear verdicts first: they are what a team acts on.
        Map<String, MetricChange> ordered = new LinkedHashMap<>();
        out.forEach((id, c) -> {
            if (c.verdict().isClear()) {
                ordered.put(id, c);
            }
        });
        out.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
