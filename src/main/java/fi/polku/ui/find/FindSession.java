package fi.polku.ui.find;

import fi.polku.model.JourneyMap;
import fi.polku.search.CardFinder;
import fi.polku.search.FindResult;
import fi.polku.ui.state.EditorState;
import javafx.beans.value.ObservableValue;

import java.util.List;
import java.util.function.Consumer;

/**
 * One window's find: searches the map as the query is typed, puts the matches into the editor state for the
 * canvas to highlight, and steps through them, selecting each match and scrolling it into view. It searches
 * again after every edit while a query is open, so the highlights follow the map.
 */
public final class FindSession {
    private final CardFinder finder = new CardFinder();
    private final EditorState state;
    private final ObservableValue<JourneyMap> map;
    private final Consumer<String> reveal;
    private String query = "";

    /**
     * @param map    the document's map, searched again whenever it changes
     * @param reveal scrolls a card into view
     */
    public FindSession(EditorState state, ObservableValue<JourneyMap> map, Consumer<String> reveal) {
        this.state = state;
        this.map = map;
        this.reveal = reveal;
        // Also after a map was opened in place of another: the state was reset, the query still stands.
        map.addListener((o, was, now) -> {
            if (!query.isBlank()) {
                research();
            }
        });
    }

    /**
     * Searches for the query as typed. The match shown stays shown while it still matches (typing more of
     * its words narrows around it); otherwise the first match in reading order is selected and shown.
     */
    public void search(String text) {
        query = text == null ? "" : text;
        String shown = currentId();
        FindResult result = finder.find(map.getValue(), query);
        state.foundProperty().set(result);
        int kept = shown == null ? -1 : result.matches().indexOf(shown);
        if (kept >= 0) {
            state.currentMatchProperty().set(kept);
        } else if (result.count() > 0) {
            show(0);
        } else {
            state.currentMatchProperty().set(-1);
        }
    }

    /** Selects and shows the next match, after the last one the first. */
    public void next() {
        step(1);
    }

    /** Selects and shows the previous match, before the first one the last. */
    public void previous() {
        step(-1);
    }

    /** Ends the find: the highlights go, the selected match stays selected. */
    public void end() {
        query = "";
        state.clearFind();
    }

    /** The query being searched, "" when none. */
    public String query() {
        return query;
    }

    private void step(int by) {
        int count = state.foundProperty().get().count();
        if (count == 0) {
            return;
        }
        int current = state.currentMatchProperty().get();
        int next = current < 0 ? (by > 0 ? 0 : count - 1) : Math.floorMod(current + by, count);
        show(next);
    }

    private void show(int index) {
        String id = state.foundProperty().get().matches().get(index);
        state.currentMatchProperty().set(index);
        state.selectCards(List.of(id));
        reveal.accept(id);
    }

    /** After an edit: the same query on the new map; neither the selection nor the view moves. */
    private void research() {
        String shown = currentId();
        FindResult result = finder.find(map.getValue(), query);
        state.foundProperty().set(result);
        state.currentMatchProperty().set(shown == null ? -1 : result.matches().indexOf(shown));
    }

    private String currentId() {
        FindResult found = state.foundProperty().get();
        int i = state.currentMatchProperty().get();
        return i >= 0 && i < found.count() ? found.matches().get(i) : null;
    }
}
