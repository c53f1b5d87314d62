package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;

import java.util.Map;

/** The checks that keep every command's result a valid map; a failure is a programming error. */
final class EditRules {
    private EditRules() {
    }

    static void requireFreshId(JourneyMap map, String id) {
        if (new IdGenerator(map).isTaken(id)) {
            throw new IllegalArgumentException("Id \"" + id + "\" is already used in the map");
        }
    }

    static void requireCell(JourneyMap map, String stageId, String laneId) {
        if (map.stage(stageId).isEmpty()) {
            throw new IllegalArgumentException("No stage \"" + stageId + "\" in the map");
        }
        if (map.lane(laneId).isEmpty()) {
            throw new IllegalArgumentException("No lane \"" + laneId + "\" in the map");
        }
    }

    static void requireTouchpoint(JourneyMap map, String touchpointId) {
        if (map.touchpoint(touchpointId).isEmpty()) {
            throw new IllegalArgumentException("No touchpoint \"" + touchpointId + "\" in the map");
        }
    }

    /** The touchpoint's cell exists and all its values are within their scales. */
    static void checkTouchpoint(JourneyMap map, Touchpoint t) {
        requireCell(map, t.stageId(), t.laneId());
        checkRange(t, "importance", t.importance(), 1, 5);
        checkRange(t, "emotion", t.emotion(), -3, 3);
        for (Measurement m : t.measurements()) {
            MetricDefinition def = metric(map, t, m.metric());
            requireIn(def, t, m.value());
            if (m.ciLow() != null) {
                requireIn(def, t, m.ciLow());
            }
            if (m.ciHigh() != null) {
                requireIn(def, t, m.ciHigh());
            }
            if (m.hasInterval() && m.ciLow() > m.ciHigh()) {
                throw new IllegalArgumentException("Interval of " + m.metric() + " on " + UndoText.quoted(t.title())
                        + " has its low end above its high end");
            }
            if (m.n() != null && m.n() < 0) {
                throw new IllegalArgumentException("Negative sample size on " + UndoText.quoted(t.title()));
            }
        }
        for (Map.Entry<String, Double> target : t.targets().entrySet()) {
            requireIn(metric(map, t, target.getKey()), t, target.getValue());
        }
    }

    /** A channel is set only on channel lanes. */
    static void checkLane(Lane lane) {
        if (lane.kind() != LaneKind.CHANNEL && lane.channel() != null) {
            throw new IllegalArgumentException("Lane \"" + lane.name() + "\" of kind " + lane.kind()
                    + " cannot have a channel");
        }
    }

    static void checkEstimate(ValueEstimate e) {
        if (e == null) {
            return;
        }
        double[] values = {e.customersPerOccurrence(), e.shareConverting(), e.valuePerCustomer(),
                e.occurrencesPerDay(), e.daysPerYear()};
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Value estimate numbers must be finite");
            }
        }
    }

    private static MetricDefinition metric(JourneyMap map, Touchpoint t, String metricId) {
        return map.metric(metricId).orElseThrow(() -> new IllegalArgumentException(
                "Touchpoint " + UndoText.quoted(t.title()) + " refers to unknown metric \"" + metricId + "\""));
    }

    private static void requireIn(MetricDefinition def, Touchpoint t, double value) {
        if (!def.contains(value)) {
            throw new IllegalArgumentException(def.name() + " " + value + " on " + UndoText.quoted(t.title())
                    + " is outside " + def.min() + "…" + def.max());
        }
    }

    private static void checkRange(Touchpoint t, String what, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            throw new IllegalArgumentException("The " + what + " " + value + " of " + UndoText.quoted(t.title())
                    + " is outside " + (int) min + "…" + (int) max);
        }
    }
}
