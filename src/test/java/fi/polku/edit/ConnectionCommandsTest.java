package fi.polku.edit;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import org.junit.jupiter.api.Test;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changing one arrow in place: label, ends and direction, with dangling ends and duplicates refused. */
class ConnectionCommandsTest {
    private final JourneyMap map = TouchpointCommandsTest.sample();

    @Test
    void labelChangesOnlyTheLabelAndKeepsTheArrowsPlace() {
        UpdateConnection label = UpdateConnection.label(map, "c1", "  jos kiire ");
        JourneyMap out = label.apply(map);
        assertThat(out.connections()).containsExactly(new Connection("c1", "a", "d", "jos kiire"),
                map.connections().get(1));
        assertThat(label.description().in(ENGLISH)).isEqualTo("Label connection");
        assertThat(label.description().in(FINNISH)).isEqualTo("Nimeä yhteys");
        assertThat(UpdateConnection.label(out, "c1", "").apply(out).connections().getFirst().label()).isEmpty();
        assertThat(UpdateConnection.label(map, "c1", "").apply(map)).isSameAs(map);
    }

    @Test
    void reconnectMovesEitherEnd() {
        JourneyMap head = UpdateConnection.reconnect(map, "c1", "a", "b").apply(map);
        assertThat(head.connections().getFirst()).isEqualTo(new Connection("c1", "a", "b", ""));
        JourneyMap tail = UpdateConnection.reconnect(map, "c1", "c", "d").apply(map);
        assertThat(tail.connections().getFirst()).isEqualTo(new Connection("c1", "c", "d", ""));
        assertThat(UpdateConnection.reconnect(map, "c1", "a", "b").description().in(ENGLISH))
                .isEqualTo("Reconnect arrow");
    }

    @Test
    void reverseSwapsTheEnds() {
        UpdateConnection reverse = UpdateConnection.reverse(map, "c1");
        assertThat(reverse.apply(map).connections().getFirst()).isEqualTo(new Connection("c1", "d", "a", ""));
        assertThat(reverse.description().in(FINNISH)).isEqualTo("Käännä nuolen suunta");
    }

    @Test
    void danglingEndsSelfLoopsAndDuplicatesAreRefused() {
        assertThatThrownBy(() -> UpdateConnection.reconnect(map, "c1", "a", "zz").apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zz");
        assertThatThrownBy(() -> UpdateConnection.reconnect(map, "c1", "a", "a").apply(map))
                .isInstanceOf(IllegalArgumentException.class);
        // c2 already runs from b to c.
        assertThatThrownBy(() -> UpdateConnection.reconnect(map, "c1", "b", "c").apply(map))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(UpdateConnection.refusal(map, "c1", "a", "a")).isEqualTo(UpdateConnection.Refusal.SELF_LOOP);
        assertThat(UpdateConnection.refusal(map, "c1", "b", "c")).isEqualTo(UpdateConnection.Refusal.DUPLICATE);
        assertThat(UpdateConnection.refusal(map, "c1", "a", "zz")).isEqualTo(UpdateConnection.Refusal.NO_CARD);
        // The arrow itself is no duplicate of itself, and the opposite direction is another arrow.
        assertThat(UpdateConnection.refusal(map, "c1", "a", "d")).isNull();
        assertThat(UpdateConnection.refusal(map, "c1", "c", "b")).isNull();
    }

    @Test
    void aMissingArrowChangesNothingWhenApplied() {
        UpdateConnection stale = new UpdateConnection("c9", "a", "b", "", null);
        assertThat(stale.apply(map)).isSameAs(map);
        assertThatThrownBy(() -> UpdateConnection.label(map, "c9", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachChangeIsOneUndoStep() {
        History h = new History(map);
        h.execute(UpdateConnection.label(map, "c1", "kiire"));
        h.execute(UpdateConnection.reverse(h.current(), "c1"));
        assertThat(h.current().connections().getFirst()).isEqualTo(new Connection("c1", "d", "a", "kiire"));
        h.undo();
        assertThat(h.current().connections().getFirst()).isEqualTo(new Connection("c1", "a", "d", "kiire"));
        h.undo();
        assertThat(h.current()).isEqualTo(map);
    }
}
