package fi.polku.io.survey;

import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the names in a survey file refer to: touchpoints of the map (by id, or by title ignoring case and
 * accents) and metrics (built-in or the map's custom ones, by id or name).
 */
final class SurveyVocabulary {
    private final Map<String, Touchpoint> byId = new HashMap<>();
    private final Map<String, List<Touchpoint>> byTitle = new HashMap<>();
    private final Map<String, MetricDefinition> metrics = new HashMap<>();
    private final List<MetricDefinition> metricList;
    private final boolean hasMap;
    // Survey files repeat the same few names on every row; normalising each time would dominate the import.
    private final Map<String, String> keys = new HashMap<>();

    SurveyVocabulary(JourneyMap map) {
        hasMap = map != null;
        metricList = map == null ? MetricDefinition.BUILT_INS : map.allMetrics();
        for (MetricDefinition m : metricList) {
            metrics.putIfAbsent(NameKey.of(m.id()), m);
            metrics.putIfAbsent(NameKey.of(m.name()), m);
        }
        if (map != null) {
            for (Touchpoint t : map.touchpoints()) {
                byId.put(t.id(), t);
                byTitle.computeIfAbsent(NameKey.of(t.title()), k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** The comparison key of a name ({@link NameKey#of}), remembered for the names seen most. */
    String key(String name) {
        String key = keys.get(name);
        if (key == null) {
            key = NameKey.of(name);
            if (keys.size() < 4096) {
                keys.put(name, key);
            }
        }
        return key;
    }

    boolean hasMap() {
        return hasMap;
    }

    Optional<MetricDefinition> metric(String name) {
        return Optional.ofNullable(metrics.get(key(name)));
    }

    String metricIds() {
        return String.join(", ", metricList.stream().map(MetricDefinition::id).toList());
    }

    /**
     * The touchpoint a name refers to, or empty when the map has none by that id or title.
     *
     * @throws SurveyInputException when the title fits several touchpoints
     */
    Optional<Touchpoint> touchpoint(String name) {
        if (!hasMap) {
            return Optional.empty();
        }
        Touchpoint exact = byId.get(name.strip());
        if (exact != null) {
            return Optional.of(exact);
        }
        List<Touchpoint> titled = byTitle.getOrDefault(key(name), List.of());
        if (titled.size() > 1) {
            throw new SurveyInputException("io.survey.ambiguousTouchpoint", name.strip(), titled.size());
        }
        return titled.stream().findFirst();
    }
}
