package fi.polku.model;

import java.util.Objects;

/**
 * One dot of a dot-voting round: a voter put it on a touchpoint. A voter may put several on one card.
 *
 * @param voter      the voter's name, one of {@link Voting#voters()}
 * @param touchpoint the touchpoint's id
 */
public record Vote(String voter, String touchpoint) {
    public Vote {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(touchpoint, "touchpoint");
    }
}
