package fi.polku.bench;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.HashMap;
import java.util.Map;

/**
 * A map written as a mermaid {@code journey} diagram, for timing mermaid-cli on the same journey as
 * {@code polku export}: a section per stage, a task per touchpoint in stage order with its emotion as the
 * 1–5 score, and its lane as the actor. Only the bench needs it; Polku itself never writes mermaid.
 */
final class MermaidJourney {
    private MermaidJourney() {
    }

    static String of(JourneyMap map) {
        Map<String, String> lanes = new HashMap<>();
        for (Lane lane : map.lanes()) {
            lanes.put(lane.id(), plain(lane.name()));
        }
        StringBuilder text = new StringBuilder("journey\n  title ").append(plain(map.title())).append('\n');
        for (Stage stage : map.stages()) {
            text.append("  section ").append(plain(stage.name())).append('\n');
            for (Touchpoint t : map.touchpoints()) {
                if (!t.stageId().equals(stage.id())) {
                    continue;
                }
                // Emotion -3..+3 onto mermaid's 1..5; an unrated card sits in the middle.
                long score = t.emotion() == null ? 3 : Math.round(3 + t.emotion() * 2 / 3);
                text.append("    ").append(plain(t.title())).append(": ").append(score).append(": ")
                        .append(lanes.getOrDefault(t.laneId(), "-")).append('\n');
            }
        }
        return text.toString();
    }

    /** Mermaid's journey syntax splits on colons and treats # and ; specially; they become spaces. */
    private static String plain(String s) {
        String text = s == null || s.isBlank() ? "-" : s.replaceAll("[:#;\\n\\r]", " ").strip();
        return text.isEmpty() ? "-" : text;
    }
}
