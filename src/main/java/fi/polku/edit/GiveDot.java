package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Vote;
import fi.polku.model.Voting;
import fi.polku.text.Text;

/**
 * One of a voter's dots onto a card: one undo step per dot. A voter with no dots left, or not among the
 * voters, or a card not in the map changes nothing (the voting bar says why before it asks).
 */
public record GiveDot(String voter, String touchpointId, Text description) implements Command {
    /** The dot, named for the card: "Give a dot to “Kassa”". */
    public static GiveDot of(JourneyMap map, String voter, String touchpointId) {
        return new GiveDot(voter, touchpointId, Text.of("step.vote.give",
                UndoText.title(map.touchpoint(touchpointId).map(t -> t.title()).orElse(""))));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Voting voting = map.voting();
        if (!voting.voters().contains(voter) || voting.remaining(voter) == 0 || map.touchpoint(touchpointId).isEmpty()) {
            return map;
        }
        return map.withVoting(voting.plus(new Vote(voter, touchpointId)));
    }
}
