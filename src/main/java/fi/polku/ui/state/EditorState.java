package fi.polku.ui.state;

import fi.polku.model.JourneyMap;
import fi.polku.search.FindResult;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * What one open map's editor is pointing at: the selected cards, stage, lane, arrow or opportunity, the
 * current cell, the card under the pointer and what a find found. It is view state, never in the file and
 * never undone. The canvas, the inspector, the analysis dock and the actions all read and change this one
 * object, so that none of them reaches another's controls to learn what is selected, and actions are enabled
 * by bindings on it.
 *
 * <p>The selections exclude each other the way a user expects: an arrow or an opportunity is selected
 * alone; cards and a stage or lane header may not be selected together.
 */
public final class EditorState {
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<String> selectedStage = new SimpleObjectProperty<>(this, "selectedStage");
    private final ObjectProperty<String> selectedLane = new SimpleObjectProperty<>(this, "selectedLane");
    private final ObjectProperty<String> selectedConnection = new SimpleObjectProperty<>(this, "selectedConnection");
    private final ObjectProperty<String> selectedOpportunity = new SimpleObjectProperty<>(this, "selectedOpportunity");
    private final ObjectProperty<CellRef> currentCell = new SimpleObjectProperty<>(this, "currentCell");
    private final ObjectProperty<String> hoverCard = new SimpleObjectProperty<>(this, "hoverCard");
    /** Dot voting: while on, a click on a card gives it one of the current voter's dots. */
    private final BooleanProperty voting = new SimpleBooleanProperty(this, "voting");
    private final ObjectProperty<String> currentVoter = new SimpleObjectProperty<>(this, "currentVoter");
    // One immutable value per keystroke, not an observable list changed card by card: a find on a big map
    // may match thousands, and the canvas needs them as a set to highlight them.
    private final ObjectProperty<FindResult> found = new SimpleObjectProperty<>(this, "found", FindResult.NONE);
    private final IntegerProperty currentMatch = new SimpleIntegerProperty(this, "currentMatch", -1);
    private final PersonaFilter personaFilter = new PersonaFilter();
    private final CompareState compare = new CompareState();
    private final BooleanBinding nothingSelected = Bindings.createBooleanBinding(() -> selection.isEmpty()
                    && selectedStage.get() == null && selectedLane.get() == null && selectedConnection.get() == null
                    && selectedOpportunity.get() == null,
            selection, selectedStage, selectedLane, selectedConnection, selectedOpportunity);
    private final BooleanBinding nothingToRename = Bindings.createBooleanBinding(() -> selection.size() != 1
                    && selectedStage.get() == null && selectedLane.get() == null && selectedConnection.get() == null,
            selection, selectedStage, selectedLane, selectedConnection);

    public EditorState() {
        // Anything selected on the canvas takes the inspector away from an opportunity.
        // An arrow is selected alone; a card or header selected clears the arrow.
        selection.addListener((SetChangeListener<String>) c -> {
            if (!selection.isEmpty()) {
                selectedOpportunity.set(null);
            }
            if (c.wasAdded()) {
                selectedConnection.set(null);
            }
        });
        selectedStage.addListener((o, was, now) -> headerSelected(now));
        selectedLane.addListener((o, was, now) -> headerSelected(now));
        selectedConnection.addListener((o, was, now) -> {
            if (now != null) {
                selection.clear();
                selectedStage.set(null);
                selectedLane.set(null);
                selectedOpportunity.set(null);
            }
        });
    }

    /** The compare view's state: what this document is compared with, if anything. */
    public CompareState compare() {
        return compare;
    }

    /** Selected touchpoint ids, in the order they were selected. */
    public ObservableSet<String> selection() {
        return selection;
    }

    /** The selected stage header's id, or null. */
    public ObjectProperty<String> selectedStageProperty() {
        return selectedStage;
    }

    /** The selected lane header's id, or null. */
    public ObjectProperty<String> selectedLaneProperty() {
        return selectedLane;
    }

    /** The selected arrow's connection id, or null. */
    public ObjectProperty<String> selectedConnectionProperty() {
        return selectedConnection;
    }

    /** The opportunity the inspector shows instead of a canvas selection, or null. */
    public ObjectProperty<String> selectedOpportunityProperty() {
        return selectedOpportunity;
    }

    public String selectedOpportunity() {
        return selectedOpportunity.get();
    }

    /** The cell (stage and lane) that keyboard input and new cards go to, or null. */
    public ObjectProperty<CellRef> currentCellProperty() {
        return currentCell;
    }

    /** The card under the pointer, or null. */
    public ObjectProperty<String> hoverCardProperty() {
        return hoverCard;
    }

    /** Whether the editor is in dot-voting mode: clicks on cards give dots instead of selecting. */
    public BooleanProperty votingProperty() {
        return voting;
    }

    /** The voter whose dots a click gives, one of the map's voters, or null. */
    public ObjectProperty<String> currentVoterProperty() {
        return currentVoter;
    }

    /** What the open find found: the matching cards in reading order; {@link FindResult#NONE} without a find. */
    public ObjectProperty<FindResult> foundProperty() {
        return found;
    }

    /** The position of the match last stepped to in {@link #foundProperty()}'s matches, or -1. */
    public IntegerProperty currentMatchProperty() {
        return currentMatch;
    }

    /** Which persona's cards the canvas shows, hiding or veiling the others'. */
    public PersonaFilter personaFilter() {
        return personaFilter;
    }

    /** Ends a find: nothing is highlighted any more. */
    public void clearFind() {
        currentMatch.set(-1);
        found.set(FindResult.NONE);
    }

    /** True while nothing at all is selected: Delete has nothing to act on. */
    public BooleanBinding nothingSelected() {
        return nothingSelected;
    }

    /** True unless one card, a header or an arrow is selected: Rename has nothing to act on. */
    public BooleanBinding nothingToRename() {
        return nothingToRename;
    }

    /** Selects exactly these cards, and nothing else. */
    public void selectCards(Collection<String> touchpointIds) {
        clearSelection();
        selectedStage.set(null);
        selectedLane.set(null);
        selection.addAll(touchpointIds);
    }

    /** Selects one stage header alone (null selects none). */
    public void selectStage(String stageId) {
        clearSelection();
        selectedLane.set(null);
        selectedStage.set(stageId);
    }

    /** Selects one lane header alone (null selects none). */
    public void selectLane(String laneId) {
        clearSelection();
        selectedStage.set(null);
        selectedLane.set(laneId);
    }

    /** Shows an opportunity in the inspector; the canvas selection is cleared first. */
    public void selectOpportunity(String opportunityId) {
        clearSelection();
        selectedStage.set(null);
        selectedLane.set(null);
        selectedOpportunity.set(opportunityId);
    }

    /** Clears the selected cards and arrow (headers and opportunity stay, as Esc on the canvas expects). */
    public void clearSelection() {
        selection.clear();
        selectedConnection.set(null);
    }

    /** Clears everything: a map opened in place of another starts with nothing selected. */
    public void reset() {
        clearSelection();
        selectedStage.set(null);
        selectedLane.set(null);
        selectedOpportunity.set(null);
        currentCell.set(null);
        hoverCard.set(null);
        voting.set(false);
        currentVoter.set(null);
        clearFind();
        personaFilter.clear();
        compare.end(); // a comparison belongs to the map it was made of
    }

    /** Lets go of what is no longer in the map, after an edit, undo or redo removed it. */
    public void forgetMissing(JourneyMap map) {
        selection.removeIf(id -> map.touchpoint(id).isEmpty());
        if (selectedStage.get() != null && map.stage(selectedStage.get()).isEmpty()) {
            selectedStage.set(null);
        }
        if (selectedLane.get() != null && map.lane(selectedLane.get()).isEmpty()) {
            selectedLane.set(null);
        }
        if (selectedConnection.get() != null
                && map.connections().stream().noneMatch(c -> c.id().equals(selectedConnection.get()))) {
            selectedConnection.set(null);
        }
        if (selectedOpportunity.get() != null
                && map.opportunities().stream().noneMatch(o -> o.id().equals(selectedOpportunity.get()))) {
            selectedOpportunity.set(null);
        }
        CellRef cell = currentCell.get();
        if (cell != null && (map.stage(cell.stageId()).isEmpty() || map.lane(cell.laneId()).isEmpty())) {
            currentCell.set(null);
        }
        if (hoverCard.get() != null && map.touchpoint(hoverCard.get()).isEmpty()) {
            hoverCard.set(null);
        }
        personaFilter.forgetMissing(map);
        var voters = map.voting().voters();
        if (currentVoter.get() == null ? !voters.isEmpty() : !voters.contains(currentVoter.get())) {
            // A removed voter hands over to the first one (also the first voter added becomes current).
            currentVoter.set(voters.isEmpty() ? null : voters.getFirst());
        }
    }

    private void headerSelected(String selectedNow) {
        if (selectedNow != null) {
            selectedOpportunity.set(null);
            selectedConnection.set(null);
        }
    }
}
