package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.model.Vote;
import fi.polku.ui.canvas.CanvasProbe;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dot-voting round as a facilitator runs it: voting turned on with its shortcut, two voters added, dots
 * given by clicking cards (and shown on them), one dot undone, a voter out of dots told who is next, and
 * Apply Votes (in proportion) setting importance in one step that one undo takes back with the dots.
 */
@ExtendWith(ApplicationExtension.class)
class DotVotingTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private JourneyMap storeBus;

    @Start
    void start(Stage stage) throws Exception {
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), storeBus);
    }

    private JourneyMap map() {
        return window.document().current();
    }

    private Double importance(String id) {
        return map().touchpoint(id).map(Touchpoint::importance).orElseThrow();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#voting-status").queryAs(Label.class).getText();
    }

    /** The colour of the canvas at a screen point, as painted. */
    private int colourAt(FxRobot robot, Point2D screen) {
        int[] argb = new int[1];
        robot.interact(() -> {
            WritableImage image = window.canvas().snapshot(null, null);
            Point2D local = window.canvas().screenToLocal(screen);
            argb[0] = image.getPixelReader().getArgb((int) local.getX(), (int) local.getY());
        });
        return argb[0];
    }

    @Test
    void twoVotersGiveDotsByClickingCardsAndApplyingIsOneUndoStep(FxRobot robot) {
        CanvasProbe probe = new CanvasProbe(window.canvas());
        robot.clickOn(probe.emptyPartOf("s3", "l1"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.state().votingProperty().get()).isTrue();
        assertThat(robot.lookup("#voting-bar").query().isVisible()).isTrue();
        assertThat(status(robot)).isEqualTo("Add the voters, then click cards to give dots.");

        robot.clickOn("#voting-name").write("Anna");
        robot.clickOn("#voting-add");
        robot.clickOn("#voting-add-numbered");
        assertThat(map().voting().voters()).containsExactly("Anna", "1");
        assertThat(robot.lookup("#voting-name").queryAs(TextField.class).getText()).isEmpty();
        assertThat(window.document().undoTextProperty().get()).isEqualTo("Undo Add voter “1”");

        // Key 1 picks the first voter while the map has the keyboard.
        robot.clickOn(probe.emptyPartOf("s3", "l1"));
        assertThat(window.state().selection()).isEmpty();
        robot.type(KeyCode.DIGIT1);
        assertThat(window.state().currentVoterProperty().get()).isEqualTo("Anna");
        robot.clickOn(probe.centreOf("t1"));
        robot.clickOn(probe.centreOf("t1"));
        robot.clickOn(probe.centreOf("t5"));
        assertThat(map().voting().counts()).containsExactly(Map.entry("t1", 2), Map.entry("t5", 1));
        assertThat(window.state().selection()).as("voting selects nothing").isEmpty();
        assertThat(status(robot)).isEqualTo("Anna has used all 3 dots. Next: Voter 1 – press 2.");
        robot.clickOn(probe.centreOf("t3"));
        assertThat(map().voting().count("t3")).as("no fourth dot").isZero();

        robot.type(KeyCode.DIGIT2);
        robot.clickOn(probe.centreOf("t1"));
        robot.clickOn(probe.centreOf("t3"));
        assertThat(status(robot)).isEqualTo("Voter 1: 1 dot of 3 left – click a card to give one");
        assertThat(robot.lookup("#voter-0").queryAs(ToggleButton.class).getText()).isEqualTo("Anna  ○○○");
        assertThat(colourAt(robot, probe.voteBadgeOf("t1"))).as("the badge on the card").isEqualTo(0xFF7B2CBF);

        // Undo is per dot; a right-click takes one back too.
        robot.interact(() -> WindowTestSupport.menuItem(robot, "undo").fire());
        assertThat(map().voting().counts()).containsExactly(Map.entry("t1", 3), Map.entry("t5", 1));
        robot.clickOn(probe.centreOf("t1"), javafx.scene.input.MouseButton.SECONDARY);
        assertThat(map().voting().counts()).containsExactly(Map.entry("t1", 2), Map.entry("t5", 1));
        assertThat(window.state().selection()).isEmpty();
        robot.clickOn(probe.centreOf("t1"));
        JourneyMap voted = map();
        assertThat(voted.voting().votes()).containsExactly(new Vote("Anna", "t1"), new Vote("Anna", "t1"),
                new Vote("Anna", "t5"), new Vote("1", "t1"));

        // t1 has 3 dots, t5 1: in proportion 1 + 4 × 3/3 = 5 and 1 + 4 × 1/3 = 2.33 → 2.
        robot.clickOn("#voting-apply");
        robot.clickOn("#apply-proportional");
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#apply-votes-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(table.getItems().getFirst().toString()).contains("Aikataulu verkkosivuilla", "votes=3",
                "before=4.0", "after=5.0");
        DialogPane pane = robot.lookup("#apply-votes").queryAs(DialogPane.class);
        robot.clickOn(robot.from(pane).lookup(".button").match(b -> "Apply Votes".equals(((Button) b).getText()))
                .queryButton());
        assertThat(importance("t1")).isEqualTo(5.0);
        assertThat(importance("t5")).isEqualTo(2.0);
        assertThat(importance("t3")).as("not voted on, kept").isEqualTo(4.0);
        assertThat(map().voting().votes()).isEmpty();
        assertThat(map().voting().voters()).containsExactly("Anna", "1");
        assertThat(window.document().undoTextProperty().get()).isEqualTo("Undo Apply votes");

        robot.interact(() -> WindowTestSupport.menuItem(robot, "undo").fire());
        assertThat(map()).isEqualTo(voted);
        assertThat(importance("t1")).isEqualTo(4.0);
        assertThat(importance("t5")).isEqualTo(3.0);
    }

    @Test
    void votesAreSavedWithTheMapAndOpenAgain(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.state().votingProperty().set(true);
            window.editor().execute(fi.polku.edit.SetVoting.addVoter(map(), "Anna"));
            window.dotVoting().vote("t1", false);
            window.dotVoting().vote("t1", false);
        });
        Path file = home.resolve("voted.polku.json");
        MapFiles.save(map(), file);
        assertThat(Files.readString(file)).contains("\"voting\"");
        JourneyMap opened = MapFiles.load(file);
        assertThat(opened.voting().votes()).containsExactly(new Vote("Anna", "t1"), new Vote("Anna", "t1"));
        assertThat(opened).isEqualTo(map());
        assertThat(List.copyOf(opened.voting().voters())).containsExactly("Anna");
    }
}
