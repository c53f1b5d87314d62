package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/** Takes back the last dot a voter gave a card; changes nothing when the voter gave it none. */
public record TakeDot(String voter, String touchpointId, Text description) implements Command {
    /** Named for the card: "Take a dot back from “Kassa”". */
    public static TakeDot of(JourneyMap map, String voter, String touchpointId) {
        return new TakeDot(voter, touchpointId, Text.of("step.vote.take",
                UndoText.title(map.touchpoint(touchpointId).map(t -> t.title()).orElse(""))));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        var after = map.voting().minus(voter, touchpointId);
        return after == map.voting() ? map : map.withVoting(after);
    }
}
