package fi.polku.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dot-voting round kept in the map until its votes are applied or cleared: how many dots each voter has,
 * the voters in order (named, or just numbered "1", "2"…) and the dots they have put on cards.
 *
 * @param dotsPerVoter how many dots each voter may give, at least 1
 * @param voters       the voters' names in the order they vote; each name once
 * @param votes        the dots in the order they were given
 */
public record Voting(int dotsPerVoter, List<String> voters, List<Vote> votes) {
    /** Three dots each, as a workshop usually starts. */
    public static final int DEFAULT_DOTS = 3;
    /** The most dots a voter may have: more than this turns voting into rating. */
    public static final int MAX_DOTS = 99;
    /** No round: no voters, no votes. */
    public static final Voting NONE = new Voting(DEFAULT_DOTS, List.of(), List.of());

    public Voting {
        voters = voters == null ? List.of() : List.copyOf(voters);
        votes = votes == null ? List.of() : List.copyOf(votes);
    }

    /** True when there is nothing to keep: no voters, no votes and the default number of dots. */
    public boolean isEmpty() {
        return voters.isEmpty() && votes.isEmpty() && dotsPerVoter == DEFAULT_DOTS;
    }

    /** The dots per touchpoint id, for the cards that have any, in the order the cards first got one. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Vote v : votes) {
            out.merge(v.touchpoint(), 1, Integer::sum);
        }
        return out;
    }

    /** The dots on one touchpoint. */
    public int count(String touchpointId) {
        int n = 0;
        for (Vote v : votes) {
            n += v.touchpoint().equals(touchpointId) ? 1 : 0;
        }
        return n;
    }

    /** The dots a voter has given. */
    public int used(String voter) {
        int n = 0;
        for (Vote v : votes) {
            n += v.voter().equals(voter) ? 1 : 0;
        }
        return n;
    }

    /** The dots a voter has left to give; never below zero, even when the number of dots was lowered. */
    public int remaining(String voter) {
        return Math.max(0, dotsPerVoter - used(voter));
    }

    /** The dots a voter has put on one touchpoint. */
    public int given(String voter, String touchpointId) {
        int n = 0;
        for (Vote v : votes) {
            n += v.voter().equals(voter) && v.touchpoint().equals(touchpointId) ? 1 : 0;
        }
        return n;
    }

    /** The first voter after {@code voter} (wrapping round) who has dots left, or null when none has. */
    public String nextWithDots(String voter) {
        int from = voters.indexOf(voter);
        for (int step = 1; step <= voters.size(); step++) {
            String next = voters.get(Math.floorMod(from + step, voters.size()));
            if (remaining(next) > 0) {
                return next;
            }
        }
        return null;
    }

    /** The lowest number ("1", "2"…) that is not yet a voter's name: the name "add numbered" gives. */
    public String nextNumber() {
        for (int n = 1; ; n++) {
            if (!voters.contains(Integer.toString(n))) {
                return Integer.toString(n);
            }
        }
    }

    public Voting withDotsPerVoter(int v) {
        return new Voting(v, voters, votes);
    }

    /** These voters; the dots of a voter no longer among them go with the voter. */
    public Voting withVoters(List<String> v) {
        return new Voting(dotsPerVoter, v, votes.stream().filter(d -> v.contains(d.voter())).toList());
    }

    public Voting withVotes(List<Vote> v) {
        return new Voting(dotsPerVoter, voters, v);
    }

    /** One more dot, given last. */
    public Voting plus(Vote vote) {
        List<Vote> out = new ArrayList<>(votes);
        out.add(vote);
        return withVotes(out);
    }

    /** Without the last dot {@code voter} gave {@code touchpointId}; unchanged when there is none. */
    public Voting minus(String voter, String touchpointId) {
        for (int i = votes.size() - 1; i >= 0; i--) {
            Vote v = votes.get(i);
            if (v.voter().equals(voter) && v.touchpoint().equals(touchpointId)) {
                List<Vote> out = new ArrayList<>(votes);
                out.remove(i);
                return withVotes(out);
            }
        }
        return this;
    }
}
