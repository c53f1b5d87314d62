package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

import java.util.List;

/** Takes every dot off the cards; the voters and their number of dots stay for the next round. */
public record ClearVotes() implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        return map.voting().votes().isEmpty() ? map : map.withVoting(map.voting().withVotes(List.of()));
    }

    @Override
    public Text description() {
        return Text.of("step.vote.clear");
    }
}
