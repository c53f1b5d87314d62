package fi.polku.ui;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.ui.canvas.CanvasProbe;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole editing sessions in the real main window, driven with the mouse and keyboard as a user would. */
@ExtendWith(ApplicationExtension.class)
class EditorAcceptanceTest {
    @TempDir
    static Path home;
    @TempDir
    Path files;
    private MainWindow window;
    private CanvasProbe probe;

    @Start
    void start(Stage stage) {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
        probe = new CanvasProbe(window.canvas());
    }

    private JourneyMap map() {
        return window.document().current();
    }

    private void fire(FxRobot robot, String actionId) {
        robot.interact(() -> WindowTestSupport.menuItem(robot, actionId).fire());
    }

    private Touchpoint titled(String title) {
        return map().touchpoints().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks an empty part of a cell, then N, then types the new card's title. */
    private void addCard(FxRobot robot, String stageId, String laneId, String title) {
        robot.clickOn(probe.emptyPartOf(stageId, laneId));
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(title).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMapBuiltByHandUndoesToTheNewMapRedoesToTheEndAndReopensAsSaved(FxRobot robot) throws Exception {
        fire(robot, "new");
        JourneyMap fresh = map();
        for (int i = 0; i < 3; i++) {
            fire(robot, "insertStage");
        }
        for (int i = 0; i < 2; i++) {
            fire(robot, "insertLane");
        }
        assertThat(map().stages()).hasSize(fresh.stages().size() + 3);
        assertThat(map().lanes()).hasSize(fresh.lanes().size() + 2);

        addCard(robot, "s1", "l1", "Search opening hours");
        addCard(robot, "s2", "l1", "Order online");
        addCard(robot, "s2", "l6", "Pick up parcel");
        assertThat(map().touchpoints()).extracting(Touchpoint::title)
                .containsExactly("Search opening hours", "Order online", "Pick up parcel");

        String parcel = titled("Pick up parcel").id();
        robot.drag(probe.centreOf(parcel), MouseButton.PRIMARY).moveTo(probe.emptyPartOf("s3", "l6")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titled("Pick up parcel").stageId()).isEqualTo("s3");

        robot.clickOn(probe.centreOf(parcel));
        Rating rating = robot.lookup("#touchpoint-importance").queryAs(Rating.class);
        var stars = robot.from(rating).lookup(".button").queryAll().stream().toList();
        robot.clickOn(stars.get(3));
        assertThat(titled("Pick up parcel").importance()).isEqualTo(4.0);

        focus(robot, "#measurement-value");
        robot.write("40");
        focus(robot, "#measurement-n");
        robot.write("20");
        focus(robot, "#measurement-add");
        robot.clickOn("#measurement-add");
        focus(robot, "#target-nps");
        robot.write("50").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Touchpoint rated = titled("Pick up parcel");
        assertThat(rated.measurements()).extracting(m -> m.value()).containsExactly(40.0);
        assertThat(rated.targets()).containsEntry("nps", 50.0);

        JourneyMap built = map();
        int steps = 0;
        while (window.document().history().canUndo()) {
            robot.interact(() -> window.editor().undo());
            steps++;
        }
        assertThat(map()).isEqualTo(fresh);
        assertThat(steps).isGreaterThanOrEqualTo(13);
        for (int i = 0; i < steps; i++) {
            robot.interact(() -> window.editor().redo());
        }
        assertThat(map()).isEqualTo(built);
        assertThat(window.document().history().canRedo()).isFalse();

        Path file = files.resolve("parcel.polku.json");
        java.time.Instant beforeSave = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        robot.interact(() -> window.files().saveTo(file, () -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        robot.interact(() -> window.files().newMap());
        robot.interact(() -> window.files().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().file().isPresent());
        // The save stamps the moment it was made as modified; everything else reopens as built.
        assertThat(map().created()).isEqualTo(built.created());
        assertThat(map().modified()).isAfterOrEqualTo(beforeSave);
        assertThat(map().withTimestamps(built.created(), built.modified())).isEqualTo(built);
    }

    private static void focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRubberBandSelectionIsDeletedWithDelAndComesBackExactlyWithUndo(FxRobot robot) {
        Point2D from = probe.cornerOf("s1", "l1", true);
        Point2D to = probe.cornerOf("s2", "l2", false);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.state().selection()).containsExactlyInAnyOrder("t1", "t2", "t3");

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().touchpoints()).extracting(Touchpoint::id).containsExactly("t4");

        shortcut(robot, KeyCode.Z);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void copiedCardsPasteIntoAnotherCellWithNewIdsAsOneStepAndCutMovesThem(FxRobot robot) {
        robot.clickOn(probe.centreOf("t2"));
        robot.press(KeyCode.CONTROL).clickOn(probe.centreOf("t3")).release(KeyCode.CONTROL);
        shortcut(robot, KeyCode.C);
        robot.clickOn(probe.emptyPartOf("s3", "l1"));
        shortcut(robot, KeyCode.V);

        List<Touchpoint> pasted = map().cell("s3", "l1");
        assertThat(pasted).extracting(Touchpoint::title).containsExactly("Opening hours online", "Checkout");
        assertThat(pasted).extracting(Touchpoint::id).doesNotContain("t2", "t3").doesNotHaveDuplicates();
        assertThat(window.state().selection()).containsExactlyInAnyOrderElementsOf(
                pasted.stream().map(Touchpoint::id).toList());
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Paste 2 touchpoints");
        shortcut(robot, KeyCode.Z);
        assertThat(map()).isEqualTo(TestMaps.storeBus());

        robot.clickOn(probe.centreOf("t4"));
        shortcut(robot, KeyCode.X);
        assertThat(map().touchpoint("t4")).isEmpty();
        robot.clickOn(probe.emptyPartOf("s1", "l3"));
        shortcut(robot, KeyCode.V);
        assertThat(map().cell("s1", "l3")).extracting(Touchpoint::title).containsExactly("Billing complaint call");
        assertThat(map().touchpoints()).hasSize(TestMaps.storeBus().touchpoints().size());
    }

    @Test
    void deletingAStageWithCardsAsksAndCancelChangesNothing(FxRobot robot) {
        robot.clickOn(probe.stageHeader("s1"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Delete the stage \u201cBefore purchase\u201d?").tryQuery()).isPresent();
        assertThat(robot.lookup("Its 2 touchpoints will be deleted with it. You can undo this.").tryQuery())
                .isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map()).isEqualTo(TestMaps.storeBus());

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().stage("s1")).isEmpty();
        assertThat(map().touchpoints()).extracting(Touchpoint::id).containsExactly("t3", "t4");
    }

    @Test
    void draggingAStageHeaderReordersTheStagesInOneStep(FxRobot robot) {
        Point2D last = probe.stageHeader("s3");
        robot.drag(probe.stageHeader("s1"), MouseButton.PRIMARY).moveTo(last.add(60, 0)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().stages()).extracting(s -> s.id()).containsExactly("s2", "s3", "s1");
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Move stage");

        robot.drag(probe.laneHeader("l3"), MouseButton.PRIMARY).moveTo(probe.laneHeader("l1").add(0, -10)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().lanes()).extracting(l -> l.id()).containsExactly("l3", "l1", "l2", "l4");
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void connectingTheSelectionDrawsArrowsInMapOrderAndRemovingTakesThemAway(FxRobot robot) {
        robot.interact(() -> window.state().selection().addAll(List.of("t3", "t1", "t2")));
        shortcut(robot, KeyCode.L);
        assertThat(map().connections()).extracting(c -> c.from() + ">" + c.to()).containsExactly("t1>t2", "t2>t3");
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Connect 3 touchpoints");

        robot.interact(() -> {
            window.canvas().clearSelection();
            window.state().selection().add("t2");
        });
        fire(robot, "disconnect");
        assertThat(map().connections()).isEmpty();
        shortcut(robot, KeyCode.Z);
        assertThat(map().connections()).hasSize(2);
    }

    @Test
    void aSelectedHeaderIsRenamedInPlaceWithF2AsOneStep(FxRobot robot) {
        robot.clickOn(probe.laneHeader("l3"));
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(probe.isRenamingHeader()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Call centre").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map().lane("l3").orElseThrow().name()).isEqualTo("Call centre");
        assertThat(map().touchpoints()).isEqualTo(TestMaps.storeBus().touchpoints());
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Rename lane");
        shortcut(robot, KeyCode.Z);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void f2RightAfterInsertingAStageRenamesTheNewStageNotTheLastFocusedCard(FxRobot robot) {
        robot.clickOn(probe.centreOf("t1"));
        fire(robot, "insertStage");
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Home").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map().stages()).extracting(s -> s.name()).contains("Home");
        assertThat(map().touchpoint("t1").orElseThrow().title()).isEqualTo("Bus ride to the store");
    }
}
