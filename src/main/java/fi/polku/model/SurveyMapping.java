package fi.polku.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one survey's question columns map to touchpoints and metrics, saved in the map so that the next round's
 * export of the same survey imports in one step.
 *
 * @param headerKey a stable fingerprint of the file's header, which finds the mapping again
 * @param name      a display name, the name of the file the mapping was made from
 * @param questions the mapped question columns, in the file's order
 * @param labels    the user's own answer labels and their numbers, in the order they were given
 */
public record SurveyMapping(String headerKey, String name, List<QuestionLink> questions, Map<String, Double> labels) {
    public SurveyMapping {
        Objects.requireNonNull(headerKey, "headerKey");
        name = name == null ? "" : name;
        questions = questions == null ? List.of() : List.copyOf(questions);
        // Map.copyOf would lose the order the user gave the labels in.
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
}
