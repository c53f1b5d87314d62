package fi.polku.ui.voting;

import fi.polku.model.JourneyMap;
import fi.polku.model.Voting;
import fi.polku.ui.Document;
import fi.polku.ui.Messages;
import fi.polku.ui.state.EditorState;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

import java.util.List;

/**
 * The bar above the canvas while dot voting is on: dots per voter, the voters (each with the dots they have
 * left, the current one pressed), a name field to add one or a button to add the next number, what the
 * current voter has left or who is next, and Apply Votes and Clear Votes. It shows the map as it is after
 * every edit, undo and redo.
 */
final class VotingBar {
    private static final String FULL = "●";
    private static final String EMPTY = "○";
    private final DotVoting voting;
    private final Document document;
    private final EditorState state;
    private final VBox root = new VBox(4);
    private final Spinner<Integer> dots = new Spinner<>(1, Voting.MAX_DOTS, Voting.DEFAULT_DOTS);
    private final HBox voters = new HBox(4);
    private final ToggleGroup group = new ToggleGroup();
    private final TextField name = new TextField();
    private final Label status = new Label();
    private boolean showing;

    VotingBar(DotVoting voting, Document document, EditorState state) {
        this.voting = voting;
        this.document = document;
        this.state = state;
        root.setId("voting-bar");
        root.getStyleClass().add("voting-bar");
        Label title = label("voting.title");
        title.setGraphic(new FontIcon(MaterialDesignV.VOTE_OUTLINE));
        title.getStyleClass().add("voting-title");
        Label dotsLabel = label("voting.dots");
        dots.setId("voting-dots");
        dots.setPrefWidth(72);
        dots.setEditable(true);
        dotsLabel.setLabelFor(dots);
        dots.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                voting.setDots(now);
            }
        });
        name.setId("voting-name");
        name.promptTextProperty().bind(Messages.text("voting.name.prompt"));
        name.setPrefColumnCount(8);
        name.setOnAction(e -> addNamed());
        Button add = button("voting-add", "voting.addVoter", this::addNamed);
        Button numbered = button("voting-add-numbered", "voting.addNumbered", () -> voting.addVoter(null));
        Tooltip numberedTip = new Tooltip();
        numberedTip.textProperty().bind(Messages.text("voting.addNumbered.tip"));
        numbered.setTooltip(numberedTip);
        Button apply = button("voting-apply", "voting.apply", voting::applyVotes);
        apply.getStyleClass().add("accent");
        Button clear = button("voting-clear", "voting.clear", voting::clearVotes);
        Button done = button("voting-done", "voting.done", () -> state.votingProperty().set(false));
        Label hint = label("voting.hint");
        hint.getStyleClass().add("voting-hint");
        // The hint gives way first when the window is narrow; the controls keep their whole words.
        hint.setMinWidth(0);
        Tooltip hintTip = new Tooltip();
        hintTip.textProperty().bind(hint.textProperty());
        hint.setTooltip(hintTip);
        HBox first = new HBox(8, title, dotsLabel, dots, label("voting.voters"), voters, name, add, numbered);
        first.setAlignment(Pos.CENTER_LEFT);
        voters.setAlignment(Pos.CENTER_LEFT);
        status.setId("voting-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox second = new HBox(8, status, grow(), hint, apply, clear, done);
        second.setAlignment(Pos.CENTER_LEFT);
        for (HBox row : List.of(first, second)) {
            row.getChildren().stream().filter(n -> n != hint && n instanceof Region)
                    .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        }
        root.getChildren().addAll(first, second);
        root.visibleProperty().bind(state.votingProperty());
        root.managedProperty().bind(state.votingProperty());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null && !showing) {
                was.setSelected(true); // one voter is always current: a second click keeps it pressed
            } else if (now != null && !showing) {
                state.currentVoterProperty().set((String) now.getUserData());
            }
        });
        document.mapProperty().addListener((o, was, map) -> show(map));
        state.currentVoterProperty().addListener((o, was, now) -> show(document.current()));
        state.votingProperty().addListener((o, was, now) -> show(document.current()));
        Messages.language().addListener((o, was, now) -> show(document.current()));
        show(document.current());
    }

    Node node() {
        return root;
    }

    /** A message in place of the status, until the next change; a warning is shown as one. */
    void say(String text, boolean warning) {
        status.setText(text);
        status.getStyleClass().remove("voting-warning");
        if (warning) {
            status.getStyleClass().add("voting-warning");
        }
    }

    private void addNamed() {
        voting.addVoter(name.getText());
        if (document.current().voting().voters().contains(name.getText().strip())) {
            name.clear();
        }
    }

    private void show(JourneyMap map) {
        if (!state.votingProperty().get()) {
            return;
        }
        showing = true;
        Voting v = map.voting();
        dots.getValueFactory().setValue(v.dotsPerVoter());
        voters.getChildren().clear();
        group.getToggles().clear();
        String current = state.currentVoterProperty().get();
        for (int i = 0; i < v.voters().size(); i++) {
            voters.getChildren().add(voterButton(v, v.voters().get(i), i, current));
        }
        String text = voting.status(v, current);
        say(text, current != null && v.remaining(current) == 0);
        showing = false;
    }

    private ToggleButton voterButton(Voting v, String voter, int index, String current) {
        int left = v.remaining(voter);
        ToggleButton b = new ToggleButton(voter + "  " + FULL.repeat(Math.min(left, 10))
                + EMPTY.repeat(Math.max(0, Math.min(v.dotsPerVoter(), 10) - Math.min(left, 10))));
        b.setId("voter-" + index);
        b.setUserData(voter);
        b.setToggleGroup(group);
        b.setSelected(voter.equals(current));
        b.setFocusTraversable(false);
        b.getStyleClass().add("voter");
        if (left == 0) {
            b.getStyleClass().add("voter-spent");
        }
        b.setTooltip(new Tooltip(index < 9 ? Messages.format("voting.voterTip", index + 1, voter)
                : Messages.format("voting.voterTipNoKey", voter)));
        MenuItem remove = new MenuItem(Messages.format("voting.removeVoter", voter));
        remove.setOnAction(e -> voting.removeVoter(voter));
        b.setContextMenu(new ContextMenu(remove));
        return b;
    }

    private static Region grow() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(Messages.text(key));
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(Messages.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
