package fi.polku.ui.find;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.search.FindResult;
import fi.polku.ui.state.EditorState;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stepping through a find's matches: what is selected and shown, as typing narrows and edits happen. */
class FindSessionTest {
    private final EditorState state = new EditorState();
    private final SimpleObjectProperty<JourneyMap> map = new SimpleObjectProperty<>(map());
    private final List<String> revealed = new ArrayList<>();
    private final FindSession session = new FindSession(state, map, revealed::add);

    private static JourneyMap map() {
        return JourneyMap.empty("m", "").withStages(List.of(new Stage("s1", "A"), new Stage("s2", "B")))
                .withLanes(List.of(new Lane("l1", "L", fi.polku.model.LaneKind.TEXT, null)))
                .withTouchpoints(List.of(Touchpoint.create("t1", "Kassajono", "s2", "l1"),
                        Touchpoint.create("t2", "Kassa", "s1", "l1"),
                        Touchpoint.create("t3", "Kassan jono", "s1", "l1")));
    }

    @Test
    void typingShowsTheFirstMatchAndKeepsItWhileItStillMatches() {
        session.search("kas");
        assertThat(state.foundProperty().get().matches()).containsExactly("t2", "t3", "t1");
        assertThat(state.selection()).containsExactly("t2");
        assertThat(revealed).containsExactly("t2");
        session.next();
        session.search("kassan");
        // t3 was shown and still matches: it stays, now as the only match.
        assertThat(state.currentMatchProperty().get()).isZero();
        assertThat(state.selection()).containsExactly("t3");
        session.search("kassajono");
        assertThat(state.selection()).containsExactly("t1");
    }

    @Test
    void stepsWrapAroundBothWays() {
        session.search("kassa");
        session.previous();
        assertThat(state.selection()).containsExactly("t1");
        session.next();
        assertThat(state.selection()).containsExactly("t2");
        assertThat(revealed).containsExactly("t2", "t1", "t2");
    }

    @Test
    void anEditSearchesAgainWithoutMovingTheSelectionAndEndingClearsTheHighlights() {
        session.search("jono");
        assertThat(state.selection()).containsExactly("t3");
        List<Touchpoint> cards = new ArrayList<>(map.get().touchpoints());
        cards.set(1, cards.get(1).withTitle("Kassajonon pituus"));
        map.set(map.get().withTouchpoints(cards));
        assertThat(state.foundProperty().get().matches()).containsExactly("t2", "t3", "t1");
        assertThat(state.currentMatchProperty().get()).isEqualTo(1);
        assertThat(state.selection()).containsExactly("t3");
        session.end();
        assertThat(state.foundProperty().get()).isEqualTo(FindResult.NONE);
        assertThat(state.currentMatchProperty().get()).isEqualTo(-1);
        assertThat(state.selection()).containsExactly("t3");
    }
}
