package fi.polku.io.survey;

import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts imported scores into a map: a touchpoint's measurement of the same metric from the same source and
 * of the same measurement round is replaced (re-importing a corrected file updates it), other measurements are kept. Pure: returns a new map.
 */
public final class SurveyMerge {
    private SurveyMerge() {
    }

    /**
     * Where to create touchpoints for names the map does not have.
     *
     * @param stageId an existing stage of the map
     * @param laneId  an existing lane of the map
     */
    public record NewTouchpoints(String stageId, String laneId) {
    }

    /**
     * Merges scores into a map. Each score goes to the touchpoint with its id, or else the one whose title
     * matches its name (ignoring case and accents).
     *
     * @param create where to create touchpoints for names that match none, or null to leave those scores out
     * @throws IllegalArgumentException when {@code create} names a stage or lane the map does not have
     */
    public static JourneyMap merge(JourneyMap map, SurveyImportResult imported, NewTouchpoints create) {
        if (create != null && (map.stage(create.stageId()).isEmpty() || map.lane(create.laneId()).isEmpty())) {
            // A programmer's error, left in English: the import dialog offers only the map's stages and lanes,
            // and the CLI checks --create-missing against the map before it gets here.
            throw new IllegalArgumentException("no stage \"" + create.stageId() + "\" or lane \""
                    + create.laneId() + "\" to create touchpoints in");
        }
        Map<String, Touchpoint> touchpoints = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Touchpoint t : map.touchpoints()) {
            touchpoints.put(t.id(), t);
            ids.add(t.id());
        }
        for (ImportedScore score : imported.scores()) {
            String id = find(touchpoints, score);
            if (id == null && create != null) {
                id = uniqueId(NameKey.slug(score.touchpointName()), ids);
                ids.add(id);
                touchpoints.put(id, Touchpoint.create(id, score.touchpointName(), create.stageId(),
                        create.laneId()));
            }
            if (id != null) {
                Touchpoint t = touchpoints.get(id);
                touchpoints.put(id, t.withMeasurements(replace(t.measurements(), score.measurement())));
            }
        }
        return map.withTouchpoints(List.copyOf(touchpoints.values()));
    }

    private static String find(Map<String, Touchpoint> touchpoints, ImportedScore score) {
        if (score.touchpointId() != null && touchpoints.containsKey(score.touchpointId())) {
            return score.touchpointId();
        }
        String key = NameKey.of(score.touchpointName());
        for (Touchpoint t : touchpoints.values()) {
            if (NameKey.of(t.title()).equals(key)) {
                return t.id();
            }
        }
        return null;
    }

    /** The list with {@code m} in place of the first measurement of its metric, source and round, or appended. */
    private static List<Measurement> replace(List<Measurement> measurements, Measurement m) {
        List<Measurement> out = new ArrayList<>();
        boolean placed = false;
        for (Measurement old : measurements) {
            // Another round's measurement stays: rounds are compared, not overwritten.
            if (old.metric().equals(m.metric()) && old.source().equals(m.source()) && old.round().equals(m.round())) {
                if (!placed) {
                    out.add(m);
                    placed = true;
                }
            } else {
                out.add(old);
            }
        }
        if (!placed) {
            out.add(m);
        }
        return out;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
