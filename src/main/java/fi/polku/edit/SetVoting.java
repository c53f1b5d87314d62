package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Voting;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sets up the map's voting round: its voters and how many dots each has, as one undo step named for what
 * changed. A voter taken out takes their dots along.
 */
public record SetVoting(Voting voting, Text description) implements Command {
    public SetVoting {
        Objects.requireNonNull(voting, "voting");
        Objects.requireNonNull(description, "description");
    }

    /** Starts a round with these voters and dots each, keeping any dots already given by them. */
    public static SetVoting start(JourneyMap map, int dotsPerVoter, List<String> voters) {
        return new SetVoting(map.voting().withDotsPerVoter(checkedDots(dotsPerVoter)).withVoters(voters),
                Text.of("step.vote.start"));
    }

    /** "Set dots per voter to 5"; dots already given stay, also beyond the new number. */
    public static SetVoting dotsPerVoter(JourneyMap map, int dots) {
        return new SetVoting(map.voting().withDotsPerVoter(checkedDots(dots)), Text.of("step.vote.dots", dots));
    }

    /** "Add voter “Anna”"; a name already there or blank is refused. */
    public static SetVoting addVoter(JourneyMap map, String name) {
        String voter = name.strip();
        if (voter.isEmpty() || map.voting().voters().contains(voter)) {
            throw new IllegalArgumentException("voter " + UndoText.quoted(voter) + " is empty or taken");
        }
        List<String> voters = new ArrayList<>(map.voting().voters());
        voters.add(voter);
        return new SetVoting(map.voting().withVoters(voters), Text.of("step.vote.addVoter", UndoText.title(voter)));
    }

    /** "Remove voter “Anna”", with the dots Anna gave. */
    public static SetVoting removeVoter(JourneyMap map, String name) {
        List<String> voters = new ArrayList<>(map.voting().voters());
        voters.remove(name);
        return new SetVoting(map.voting().withVoters(voters), Text.of("step.vote.removeVoter", UndoText.title(name)));
    }

    private static int checkedDots(int dots) {
        if (dots < 1 || dots > Voting.MAX_DOTS) {
            throw new IllegalArgumentException("dots per voter must be 1.." + Voting.MAX_DOTS + ", not " + dots);
        }
        return dots;
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return voting.equals(map.voting()) ? map : map.withVoting(voting);
    }
}
