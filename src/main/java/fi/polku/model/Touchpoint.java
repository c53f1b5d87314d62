package fi.polku.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One interaction of the customer with the service, in one stage and one lane. Its order within its
 * cell is its position among the touchpoints of the same cell in {@link JourneyMap#touchpoints()}.
 *
 * @param importance 1..5, or null when not rated
 * @param emotion    -3..+3, or null when not rated
 * @param evidence   how the touchpoint itself is known (observed, inferred, assumed), or null
 * @param targets    target value per metric id, kept sorted by metric id
 * @param personaIds the personas the touchpoint is for, by id; empty when it is for everyone
 * @param feeling    the id of the named feeling customers have here (see {@link Feeling}), or null
 * @param intendedFeeling the id of the feeling the service aims for here, or null
 */
public record Touchpoint(String id, String title, String description, String stageId, String laneId,
                         Double importance, Double emotion, String owner, List<String> tags, String notes,
                         EvidenceLevel evidence, List<Measurement> measurements, Map<String, Double> targets,
                         List<String> personaIds, String feeling, String intendedFeeling) {
    public Touchpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(laneId, "laneId");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        owner = owner == null ? "" : owner;
        notes = notes == null ? "" : notes;
        tags = tags == null ? List.of() : List.copyOf(tags);
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        targets = targets == null || targets.isEmpty() ? Map.of() : sorted(targets);
        personaIds = personaIds == null ? List.of() : List.copyOf(personaIds);
        feeling = feeling == null || feeling.isBlank() ? null : feeling;
        intendedFeeling = intendedFeeling == null || intendedFeeling.isBlank() ? null : intendedFeeling;
    }

    /** A touchpoint for everyone, with no named feelings: the fields every version before 5 had. */
    public Touchpoint(String id, String title, String description, String stageId, String laneId,
                      Double importance, Double emotion, String owner, List<String> tags, String notes,
                      EvidenceLevel evidence, List<Measurement> measurements, Map<String, Double> targets) {
        this(id, title, description, stageId, laneId, importance, emotion, owner, tags, notes, evidence,
                measurements, targets, List.of(), null, null);
    }

    /** The targets sorted and unmodifiable; a single one is sorted as it is (most cards have one or none). */
    private static Map<String, Double> sorted(Map<String, Double> targets) {
        if (targets.size() == 1) {
            Map.Entry<String, Double> only = targets.entrySet().iterator().next();
            if (only.getKey() != null && only.getValue() != null) {
                return Map.copyOf(targets); // no copy when it is one already, as a loaded map's are
            }
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(targets));
    }

    /** A new, empty touchpoint in a cell. */
    public static Touchpoint create(String id, String title, String stageId, String laneId) {
        return new Touchpoint(id, title, "", stageId, laneId, null, null, "", List.of(), "", null,
                List.of(), Map.of());
    }

    public boolean isIn(String stage, String lane) {
        return sameId(stageId, stage) && sameId(laneId, lane);
    }

    /**
     * Equal ids, tried by identity and the strings' cached hashes before their characters: a drag tests the
     * cell of every card. A map opened from a file shares its stage's and lane's id instances; one decoded
     * another way (the tree path, a paste) may hold copies.
     */
    private static boolean sameId(String own, String other) {
        return own == other || other != null && own.hashCode() == other.hashCode() && own.equals(other);
    }

    public Touchpoint withTitle(String v) {
        return new Touchpoint(id, v, description, stageId, laneId, importance, emotion, owner, tags, notes,
                evidence, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withDescription(String v) {
        return new Touchpoint(id, title, v, stageId, laneId, importance, emotion, owner, tags, notes,
                evidence, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withCell(String stage, String lane) {
        return new Touchpoint(id, title, description, stage, lane, importance, emotion, owner, tags, notes,
                evidence, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withImportance(Double v) {
        return new Touchpoint(id, title, description, stageId, laneId, v, emotion, owner, tags, notes,
                evidence, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withEmotion(Double v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, v, owner, tags, notes,
                evidence, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withOwner(String v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, emotion, v, tags, notes,
                evidence, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withTags(List<String> v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, emotion, owner, v, notes,
                evidence, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withNotes(String v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, emotion, owner, tags, v,
                evidence, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withEvidence(EvidenceLevel v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, emotion, owner, tags, notes,
                v, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withMeasurements(List<Measurement> v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, emotion, owner, tags, notes,
                evidence, v, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withTargets(Map<String, Double> v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, emotion, owner, tags, notes,
                evidence, measurements, v, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withId(String v) {
        return new Touchpoint(v, title, description, stageId, laneId, importance, emotion, owner, tags, notes,
                evidence, measurements, targets, personaIds, feeling, intendedFeeling);
    }

    public Touchpoint withPersonaIds(List<String> v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, emotion, owner, tags, notes,
                evidence, measurements, targets, v, feeling, intendedFeeling);
    }

    public Touchpoint withFeeling(String v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, emotion, owner, tags, notes,
                evidence, measurements, targets, personaIds, v, intendedFeeling);
    }

    public Touchpoint withIntendedFeeling(String v) {
        return new Touchpoint(id, title, description, stageId, laneId, importance, emotion, owner, tags, notes,
                evidence, measurements, targets, personaIds, feeling, v);
    }
}
