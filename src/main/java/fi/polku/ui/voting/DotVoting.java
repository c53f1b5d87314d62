package fi.polku.ui.voting;

import fi.polku.ui.KeyDigits;
import fi.polku.edit.ApplyVotes;
import fi.polku.edit.ClearVotes;
import fi.polku.edit.GiveDot;
import fi.polku.edit.SetVoting;
import fi.polku.edit.TakeDot;
import fi.polku.edit.UndoText;
import fi.polku.model.JourneyMap;
import fi.polku.model.Voting;
import fi.polku.ui.DialogButtons;
import fi.polku.ui.DialogPlacement;
import fi.polku.ui.Document;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import fi.polku.ui.state.EditorState;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/**
 * A window's dot voting: turns clicks on cards into dots of the current voter (one undo step each), picks
 * voters with the keys 1–9, says when a voter is out of dots and who is next, and runs Apply Votes and
 * Clear Votes. Whether voting is on and for whom is the document's {@link EditorState}; the dots are the
 * map's, so undo, redo and saving need nothing of their own.
 */
public final class DotVoting {
    private final Document document;
    private final DocumentEditor editor;
    private final EditorState state;
    private final Window owner;
    private final Consumer<String> showMessage;
    /** Where the voting bar goes; the bar itself is built the first time voting starts. */
    private final javafx.scene.layout.VBox place = new javafx.scene.layout.VBox();
    private VotingBar bar;

    public DotVoting(Document document, DocumentEditor editor, Window owner, Node canvas,
                     Consumer<String> showMessage) {
        this.document = document;
        this.editor = editor;
        this.state = document.state();
        this.owner = owner;
        this.showMessage = showMessage;
        // Built on first use: its spinner, field and buttons would otherwise be styled at every start.
        state.votingProperty().addListener((o, was, on) -> {
            if (on) {
                shownBar();
            }
        });
        // While voting, the digits pick voters; the canvas's own keys (and typing a new card) do not see them.
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (state.votingProperty().get() && e.getTarget() == canvas && pickVoter(e)) {
                e.consume();
            }
        });
        canvas.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (state.votingProperty().get() && e.getTarget() == canvas && e.getCharacter().matches("[1-9]")) {
                e.consume();
            }
        });
    }

    /** The voting bar shown above the canvas while voting is on. */
    public Node bar() {
        return place;
    }

    private VotingBar shownBar() {
        if (bar == null) {
            bar = new VotingBar(this, document, state);
            place.getChildren().add(bar.node());
        }
        return bar;
    }

    /** Turns voting mode on or off; turned on, the bar offers to add voters if the map has none. */
    public void toggle() {
        state.votingProperty().set(!state.votingProperty().get());
    }

    /** A click on a card in voting mode: one of the current voter's dots, or one taken back. */
    public void vote(String touchpointId, boolean takeBack) {
        JourneyMap map = document.current();
        String voter = state.currentVoterProperty().get();
        if (voter == null) {
            shownBar().say(Messages.get("voting.noVoters"), true);
            return;
        }
        String title = map.touchpoint(touchpointId).map(t -> UndoText.title(t.title())).orElse("");
        if (takeBack) {
            if (map.voting().given(voter, touchpointId) == 0) {
                shownBar().say(Messages.format("voting.noDotHere", who(voter), title), true);
            } else {
                editor.execute(TakeDot.of(map, voter, touchpointId));
            }
            return;
        }
        if (map.voting().remaining(voter) == 0) {
            shownBar().say(outOfDots(map.voting(), voter), true);
            return;
        }
        editor.execute(GiveDot.of(map, voter, touchpointId));
    }

    /** What the bar says of the current voter: dots left, or out of them and who is next. */
    String status(Voting voting, String voter) {
        if (voter == null) {
            return Messages.get("voting.noVoters");
        }
        int left = voting.remaining(voter);
        return left > 0 ? Messages.format("voting.remaining", who(voter), left, voting.dotsPerVoter())
                : outOfDots(voting, voter);
    }

    private String outOfDots(Voting voting, String voter) {
        String next = voting.nextWithDots(voter);
        if (next == null) {
            return Messages.get("voting.allOut");
        }
        int index = voting.voters().indexOf(next);
        return index < 9 ? Messages.format("voting.out", who(voter), voting.dotsPerVoter(), who(next), index + 1)
                : Messages.format("voting.outNoKey", who(voter), voting.dotsPerVoter(), who(next));
    }

    /** A voter as a message names them: "Anna", or "Voter 3" for a numbered one, whose bare number would puzzle. */
    static String who(String voter) {
        return voter.chars().allMatch(Character::isDigit) ? Messages.format("voting.numbered", voter) : voter;
    }

    /** The next voter with dots left becomes the current one. */
    void nextVoter() {
        String next = document.current().voting().nextWithDots(state.currentVoterProperty().get());
        if (next != null) {
            state.currentVoterProperty().set(next);
        }
    }

    void setDots(int dots) {
        if (dots != document.current().voting().dotsPerVoter()) {
            editor.execute(SetVoting.dotsPerVoter(document.current(), dots));
        }
    }

    /** Adds a named voter, or the next number when {@code name} is null; the new voter votes next. */
    void addVoter(String name) {
        JourneyMap map = document.current();
        String voter = name == null ? map.voting().nextNumber() : name.strip();
        if (voter.isEmpty()) {
            return;
        }
        if (map.voting().voters().contains(voter)) {
            shownBar().say(Messages.format("voting.voterTaken", who(voter)), true);
            return;
        }
        editor.execute(SetVoting.addVoter(map, voter));
        state.currentVoterProperty().set(voter);
    }

    void removeVoter(String voter) {
        editor.execute(SetVoting.removeVoter(document.current(), voter));
    }

    /** Apply Votes…: the dialog shows the scaling; its command sets importance and clears the dots, one step. */
    void applyVotes() {
        if (document.current().voting().votes().isEmpty()) {
            shownBar().say(Messages.get("voting.nothingToApply"), true);
            return;
        }
        ApplyVotesDialog dialog = new ApplyVotesDialog(document.current());
        DialogPlacement.centred(dialog, owner);
        dialog.showAndWait().ifPresent((ApplyVotes command) -> {
            editor.execute(command);
            showMessage.accept(Messages.get("voting.applied"));
        });
    }

    /** Clear Votes…: asks first, since a room's worth of dots goes; undo still brings them back. */
    void clearVotes() {
        int dots = document.current().voting().votes().size();
        if (dots == 0) {
            return;
        }
        ButtonType clear = DialogButtons.of("voting.clear.ok", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("voting.clear.text"), clear, cancel);
        DialogPlacement.centred(alert, owner);
        alert.setTitle(Messages.get("voting.clear.title"));
        alert.setHeaderText(Messages.format("voting.clear.header", dots));
        alert.getDialogPane().setId("confirm-clear-votes");
        if (alert.showAndWait().orElse(cancel) == clear) {
            editor.execute(new ClearVotes());
        }
    }

    /** Keys 1–9 (top row or keypad) pick the first nine voters. */
    private boolean pickVoter(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        int n = KeyDigits.of(code);
        List<String> voters = document.current().voting().voters();
        if (n < 1 || n > 9) {
            return false;
        }
        if (n <= voters.size()) {
            state.currentVoterProperty().set(voters.get(n - 1));
        }
        return true;
    }
}
