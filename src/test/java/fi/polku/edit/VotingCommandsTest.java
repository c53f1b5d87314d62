package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.model.Vote;
import fi.polku.model.Voting;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dot voting as commands: a step per dot, voters and dots set up, and Apply Votes scaled two ways. */
class VotingCommandsTest {
    /** Six cards a..f with importance 2 (f unrated), and a round of two voters with five dots each. */
    private static JourneyMap map() {
        List<Touchpoint> cards = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e", "f")) {
            Touchpoint t = Touchpoint.create(id, "Card " + id.toUpperCase(), "s1", "l1");
            cards.add(id.equals("f") ? t : t.withImportance(2.0));
        }
        return TouchpointCommandsTest.sample().withTouchpoints(cards)
                .withVoting(new Voting(5, List.of("Anna", "2"), List.of()));
    }

    private static JourneyMap voted(String... dots) {
        JourneyMap map = map();
        for (int i = 0; i < dots.length; i++) {
            map = GiveDot.of(map, i % 2 == 0 ? "Anna" : "2", dots[i]).apply(map);
        }
        return map;
    }

    private static Map<String, Integer> counts(Object... idAndCount) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < idAndCount.length; i += 2) {
            out.put((String) idAndCount[i], (Integer) idAndCount[i + 1]);
        }
        return out;
    }

    @Test
    void rankScalingCutsTheRankingIntoFifthsAndTiesShareTheirPlace() {
        assertThat(VoteScaling.RANK.importances(counts("a", 5, "b", 4, "c", 3, "d", 2, "e", 1)))
                .containsExactly(Map.entry("a", 5), Map.entry("b", 4), Map.entry("c", 3), Map.entry("d", 2),
                        Map.entry("e", 1));
        // Ten cards: two per fifth.
        assertThat(VoteScaling.RANK.importances(counts("a", 10, "b", 9, "c", 8, "d", 7, "e", 6, "f", 5, "g", 4,
                "h", 3, "i", 2, "j", 1)).values()).containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
        // Ties: nobody above a and b; two of three above c, so c is in the fourth fifth.
        assertThat(VoteScaling.RANK.importances(counts("a", 3, "b", 3, "c", 1)).values()).containsExactly(5, 5, 2);
        assertThat(VoteScaling.RANK.importances(counts("a", 3, "b", 1)).values()).containsExactly(5, 3);
        assertThat(VoteScaling.RANK.importances(counts("a", 1))).containsExactly(Map.entry("a", 5));
        assertThat(VoteScaling.RANK.importances(counts("a", 0))).isEmpty();
    }

    @Test
    void proportionalScalingIsOnePlusFourTimesTheShareOfTheMostRoundedHalfUp() {
        // 1 + 4 × 3/6 = 3; 1 + 4 × 1/6 = 1.67 → 2; 1 + 4 × 5/8 = 3.5 → 4; 1 + 4 × 1/8 = 1.5 → 2
        assertThat(VoteScaling.PROPORTIONAL.importances(counts("a", 6, "b", 3, "c", 1)).values())
                .containsExactly(5, 3, 2);
        assertThat(VoteScaling.PROPORTIONAL.importances(counts("a", 8, "b", 5, "c", 1, "d", 4)).values())
                .containsExactly(5, 4, 2, 3);
        assertThat(VoteScaling.PROPORTIONAL.importances(counts("a", 2, "b", 2)).values()).containsExactly(5, 5);
    }

    @Test
    void eachDotIsAStepOfItsOwnAndAVoterCannotGiveMoreThanTheirDots() {
        History h = new History(map());
        h.execute(GiveDot.of(h.current(), "Anna", "a"));
        h.execute(GiveDot.of(h.current(), "Anna", "a"));
        h.execute(GiveDot.of(h.current(), "2", "b"));
        assertThat(h.current().voting().counts()).containsExactly(Map.entry("a", 2), Map.entry("b", 1));
        assertThat(h.current().voting().remaining("Anna")).isEqualTo(3);
        assertThat(h.undoDescription().orElseThrow().in(ENGLISH)).isEqualTo("Give a dot to “Card B”");
        assertThat(h.undoDescription().orElseThrow().in(FINNISH)).isEqualTo("Anna ääni kosketuspisteelle ”Card B”");
        h.undo();
        assertThat(h.current().voting().counts()).containsExactly(Map.entry("a", 2));

        JourneyMap spent = h.current();
        for (int i = 0; i < 3; i++) {
            spent = GiveDot.of(spent, "Anna", "c").apply(spent);
        }
        assertThat(spent.voting().remaining("Anna")).isZero();
        assertThat(GiveDot.of(spent, "Anna", "d").apply(spent)).as("out of dots").isSameAs(spent);
        assertThat(GiveDot.of(spent, "Ben", "d").apply(spent)).as("not a voter").isSameAs(spent);
        assertThat(GiveDot.of(spent, "2", "zz").apply(spent)).as("no such card").isSameAs(spent);
    }

    @Test
    void takingADotBackTakesTheVotersLastOneOnThatCardOnly() {
        JourneyMap map = voted("a", "a", "a", "b");
        JourneyMap taken = TakeDot.of(map, "2", "a").apply(map);
        assertThat(taken.voting().votes()).containsExactly(new Vote("Anna", "a"), new Vote("Anna", "a"),
                new Vote("2", "b"));
        assertThat(TakeDot.of(map, "2", "c").apply(map)).isSameAs(map);
        assertThat(TakeDot.of(map, "2", "a").description().in(ENGLISH)).isEqualTo("Take a dot back from “Card A”");
    }

    @Test
    void votersAndDotsAreSetUpAsNamedStepsAndARemovedVoterTakesTheirDots() {
        JourneyMap map = voted("a", "b");
        SetVoting add = SetVoting.addVoter(map, " Ben ");
        assertThat(add.apply(map).voting().voters()).containsExactly("Anna", "2", "Ben");
        assertThat(add.description().in(ENGLISH)).isEqualTo("Add voter “Ben”");
        assertThat(map.voting().nextNumber()).isEqualTo("1");
        assertThatThrownBy(() -> SetVoting.addVoter(map, "Anna")).isInstanceOf(IllegalArgumentException.class);
        SetVoting remove = SetVoting.removeVoter(map, "Anna");
        assertThat(remove.apply(map).voting().votes()).containsExactly(new Vote("2", "b"));
        assertThat(SetVoting.dotsPerVoter(map, 7).description().in(FINNISH))
                .isEqualTo("Aseta ääniä äänestäjää kohden: 7");
        JourneyMap started = SetVoting.start(JourneyMap.empty("m", ""), 4, List.of("1", "2", "3")).apply(
                JourneyMap.empty("m", ""));
        assertThat(started.voting()).isEqualTo(new Voting(4, List.of("1", "2", "3"), List.of()));
        assertThat(new ClearVotes().apply(map).voting()).isEqualTo(map.voting().withVotes(List.of()));
    }

    @Test
    void applyingVotesSetsImportanceAndClearsTheDotsAsOneStepThatOneUndoTakesBack() {
        // a 3 dots, b 2, c 1: proportional 5, 1 + 8/3 = 3.67 → 4, 1 + 4/3 = 2.33 → 2.
        JourneyMap before = voted("a", "a", "a", "b", "b", "c");
        History h = new History(before);
        h.execute(new ApplyVotes(VoteScaling.PROPORTIONAL, false));
        JourneyMap after = h.current();
        assertThat(importances(after)).containsExactly(5.0, 4.0, 2.0, 2.0, 2.0, null);
        assertThat(after.voting()).isEqualTo(new Voting(5, List.of("Anna", "2"), List.of()));
        assertThat(h.undoDescription().orElseThrow().in(ENGLISH)).isEqualTo("Apply votes");
        h.undo();
        assertThat(h.current()).isEqualTo(before);
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void byRankAndWithUnvotedCardsSetToOne() {
        JourneyMap before = voted("a", "a", "a", "b", "b", "c");
        ApplyVotes apply = new ApplyVotes(VoteScaling.RANK, true);
        // Three voted cards: none above a (5), one above b (5 - floor(5/3) = 4), two above c (5 - floor(10/3) = 2).
        assertThat(apply.importances(before)).containsExactly(Map.entry("a", 5.0), Map.entry("b", 4.0),
                Map.entry("c", 2.0), Map.entry("d", 1.0), Map.entry("e", 1.0), Map.entry("f", 1.0));
        assertThat(importances(apply.apply(before))).containsExactly(5.0, 4.0, 2.0, 1.0, 1.0, 1.0);
        JourneyMap none = map();
        assertThat(apply.apply(none)).as("no votes, nothing to apply").isSameAs(none);
    }

    private static List<Double> importances(JourneyMap map) {
        return map.touchpoints().stream().map(Touchpoint::importance).toList();
    }
}
