package fi.polku.ui.canvas;

import fi.polku.ui.state.CellRef;
import fi.polku.layout.CardBox;
import fi.polku.layout.CellBox;
import fi.polku.layout.EmotionPoint;
import fi.polku.layout.MapLayout;
import fi.polku.layout.SampleMaps;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class JourneyCanvasTest {
    private JourneyCanvas canvas;
    private final RecordingActions actions = new RecordingActions();

    @Start
    void start(Stage stage) {
        canvas = new JourneyCanvas();
        canvas.setMap(SampleMaps.storeBus());
        canvas.setActions(actions);
        stage.setScene(new Scene(canvas, 1100, 900));
        stage.show();
        canvas.requestFocus();
    }

    private MapLayout layout() {
        return canvas.mapLayout();
    }

    /** Screen position of a map point. */
    private Point2D screen(double mapX, double mapY) {
        CanvasViewport v = canvas.viewport();
        return canvas.surface().localToScreen(v.toScreenX(mapX), v.toScreenY(mapY));
    }

    private Point2D centreOf(String touchpointId) {
        CardBox c = layout().card(touchpointId);
        return screen(c.bounds().centerX(), c.bounds().centerY());
    }

    private Point2D emptyPartOf(int stage, int lane) {
        CellBox cell = layout().cell(stage, lane);
        return screen(cell.bounds().centerX(), cell.bounds().maxY() - 6);
    }

    @Test
    void draggingACardToAnotherCellMovesItWithOneCall(FxRobot robot) {
        robot.drag(centreOf("t1"), MouseButton.PRIMARY).moveTo(emptyPartOf(1, 0)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.calls).containsExactly("move [t1] s2 web 0");
    }

    @Test
    void aMultiSelectionMovesTogetherInMapOrder(FxRobot robot) {
        robot.clickOn(centreOf("t5"));
        robot.press(KeyCode.CONTROL).clickOn(centreOf("t4")).release(KeyCode.CONTROL);
        assertThat(canvas.state().selection()).containsExactlyInAnyOrder("t4", "t5");
        robot.drag(centreOf("t4"), MouseButton.PRIMARY).moveTo(emptyPartOf(2, 1)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.starting("move")).containsExactly("move [t4, t5] s3 store 0");
    }

    @Test
    void draggingAnEmotionPointSnapsToHalfStepsAndFinishesOnce(FxRobot robot) {
        EmotionPoint p = layout().emotionCurves().getFirst().points().get(3);
        double unit = layout().emotionCurves().getFirst().unit();
        robot.drag(screen(p.x(), p.y()), MouseButton.PRIMARY).moveTo(screen(p.x(), p.y() + 1.6 * unit))
                .moveTo(screen(p.x(), p.y() + 3.1 * unit)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> calls = actions.starting("emotion");
        assertThat(calls).isNotEmpty();
        assertThat(calls.getLast()).isEqualTo("emotion t4 -1.0 true");
        assertThat(calls.subList(0, calls.size() - 1)).allMatch(c -> c.endsWith("false"))
                .allMatch(c -> c.matches("emotion t4 -?\\d+\\.[05] false"));
    }

    @Test
    void doubleClickOnAnEmptyCellCreatesATouchpointThere(FxRobot robot) {
        // Headless Monocle reports two single clicks for a robot double-click, so the second click is
        // delivered as the double-click the platform would send.
        Point2D at = emptyPartOf(1, 0);
        robot.clickOn(at);
        Point2D local = canvas.surface().screenToLocal(at);
        robot.interact(() -> javafx.event.Event.fireEvent(canvas.surface(), new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, local.getX(), local.getY(), at.getX(), at.getY(),
                MouseButton.PRIMARY, 2, false, false, false, false, true, false, false, true, false, true, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.calls).containsExactly("create s2 web");
        assertThat(canvas.state().currentCellProperty().get()).isEqualTo(new CellRef("s2", "web"));
    }

    @Test
    void theRenameFieldAndTheTooltipAreCreatedOnFirstUseAndOneFieldServesCardsAndHeaders(FxRobot robot) {
        assertThat(canvas.editor().field()).isNull();
        assertThat(canvas.hoverTip().text()).isNull();
        assertThat(robot.lookup(".text-field").queryAll()).isEmpty();

        robot.interact(() -> canvas.beginRename("t5"));
        javafx.scene.control.TextField field = canvas.editor().field();
        assertThat(field.isVisible()).isTrue();
        assertThat(field.getText()).isEqualTo("Kassajono");
        assertThat(canvas.editor().isEditingHeader()).isFalse();

        // Starting a header rename keeps the card rename under way, as leaving the field would.
        robot.interact(() -> field.setText("Kassa"));
        robot.interact(() -> canvas.beginHeaderRename("s2", null));
        assertThat(actions.calls).containsExactly("rename t5 Kassa");
        assertThat(canvas.editor().field()).isSameAs(field);
        assertThat(canvas.editor().isEditingHeader()).isTrue();
        assertThat(robot.lookup("#header-name-editor").queryAll()).containsExactly(field);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.editor().isEditing()).isFalse();
        assertThat(field.isVisible()).isFalse();
        assertThat(actions.calls).containsExactly("rename t5 Kassa");
    }

    @Test
    void f2RenamesInPlaceAndEscapeCancelsWithoutACall(FxRobot robot) {
        robot.clickOn(centreOf("t5"));
        robot.type(KeyCode.F2);
        assertThat(canvas.editor().isEditing()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Kassa").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.calls).containsExactly("rename t5 Kassa");

        robot.type(KeyCode.F2).write("x").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.editor().isEditing()).isFalse();
        assertThat(actions.calls).containsExactly("rename t5 Kassa");
    }

    @Test
    void arrowKeysWalkBetweenCardsAndNCreatesInTheCurrentCell(FxRobot robot) {
        robot.clickOn(centreOf("t4"));
        robot.type(KeyCode.DOWN);
        assertThat(canvas.state().selection()).containsExactly("t5");
        robot.type(KeyCode.LEFT);
        assertThat(canvas.state().selection()).containsExactly("t3");
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.calls).containsExactly("create s1 store");
    }

    @Test
    void rubberBandSelectsTheCardsItTouches(FxRobot robot) {
        CardBox t4 = layout().card("t4");
        CardBox t6 = layout().card("t6");
        robot.drag(screen(t4.bounds().x() - 6, t4.bounds().y() - 6), MouseButton.PRIMARY)
                .moveTo(screen(t6.bounds().x() + 20, t6.bounds().y() + 10)).drop();
        assertThat(canvas.state().selection()).containsExactlyInAnyOrder("t4", "t5", "t6");
        assertThat(actions.calls).isEmpty();
    }

    @Test
    void zoomIsClampedAndKeyboardZoomWorks(FxRobot robot) {
        robot.interact(() -> canvas.zoomProperty().set(10));
        assertThat(canvas.zoomProperty().get()).isEqualTo(4.0);
        robot.interact(canvas::resetZoom);
        robot.clickOn(emptyPartOf(1, 0));
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(canvas.zoomProperty().get()).isEqualTo(0.8);
    }

    @Test
    void rightClickOnACardAsksForItsContextMenu(FxRobot robot) {
        // Headless Monocle does not turn a right click into a context-menu request; send the platform's event.
        Point2D at = centreOf("t7");
        Point2D local = canvas.surface().screenToLocal(at);
        robot.interact(() -> javafx.event.Event.fireEvent(canvas.surface(), new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(), at.getX(),
                at.getY(), false, null)));
        assertThat(actions.starting("menu")).containsExactly("menu CellRef[stageId=s3, laneId=phone] t7");
        assertThat(canvas.state().selection()).containsExactly("t7");
    }

    @Test
    void theHoverTooltipNamesTheCardAndItsScoreAgainstTarget(FxRobot robot) {
        robot.moveTo(centreOf("t5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.hoverTip().text()).startsWith("Kassajono\n▼ CES 4.2 — below target (target 5)")
                .contains("Evidence: observed");
    }

    @Test
    void onTheEvidenceMarkTheTooltipNamesTheEvidenceLevel(FxRobot robot) {
        CardBox t5 = layout().card("t5");
        robot.moveTo(centreOf("t5"));
        robot.moveTo(screen(t5.evidenceMark().x() + 5, t5.evidenceMark().centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.hoverTip().text()).isEqualTo("Observed: measured");

        robot.moveTo(centreOf("t5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.hoverTip().text()).startsWith("Kassajono\n");
    }

    @Test
    void doubleClickOnACardTitleOpensTheInlineEditor(FxRobot robot) {
        CardBox t4 = layout().card("t4");
        Point2D at = screen(t4.bounds().centerX(), t4.title().baseline(0) - 3);
        robot.clickOn(at);
        Point2D local = canvas.surface().screenToLocal(at);
        robot.interact(() -> javafx.event.Event.fireEvent(canvas.surface(), new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, local.getX(), local.getY(), at.getX(), at.getY(),
                MouseButton.PRIMARY, 2, false, false, false, false, true, false, false, true, false, true, null)));
        assertThat(canvas.editor().isEditing()).isTrue();
        assertThat(canvas.editor().field().getText()).isEqualTo("Myyjän tervehdys ja tarvekartoitus");
        robot.type(KeyCode.END).write(" ja kahvi").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.calls).containsExactly("rename t4 Myyjän tervehdys ja tarvekartoitus ja kahvi");
    }

    /** Scrolls the map so that {@code id} sits under the pinned lane header column (and stage row). */
    private void hideUnderPinnedHeaders(FxRobot robot, String id) {
        robot.interact(() -> {
            canvas.viewport().zoomAt(2.0, 0, 0);
            CardBox c = layout().card(id);
            double laneColumn = layout().theme().sizes().laneHeaderWidth();
            canvas.viewport().scrollTo(c.bounds().x() - laneColumn + 20, c.bounds().y() - layout().stageHeaderHeight() + 10);
            canvas.panBy(0, 0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hiddenUnderHeaders(id)).isTrue();
    }

    /** True when part of the card is under the pinned lane header column or stage header row. */
    private boolean hiddenUnderHeaders(String id) {
        CardBox c = layout().card(id);
        var v = canvas.viewport().visibleRect();
        boolean underColumn = v.x() > 0 && c.bounds().x() < v.x() + layout().theme().sizes().laneHeaderWidth();
        boolean underRow = v.y() > 0 && c.bounds().y() < v.y() + layout().stageHeaderHeight();
        return underColumn || underRow;
    }

    @Test
    void aCardReachedByTheArrowKeysComesOutFromUnderThePinnedHeaders(FxRobot robot) {
        double laneColumn = layout().theme().sizes().laneHeaderWidth();
        CardBox from = layout().cards().stream().filter(c -> {
            CardBox next = CardNavigator.next(layout(), c, CardNavigator.Direction.LEFT);
            return next != null && next.bounds().x() > laneColumn + 50;
        }).findFirst().orElseThrow();
        CardBox target = CardNavigator.next(layout(), from, CardNavigator.Direction.LEFT);
        robot.interact(() -> {
            canvas.state().selection().clear();
            canvas.state().selection().add(from.touchpointId());
        });
        hideUnderPinnedHeaders(robot, target.touchpointId());
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.state().selection()).containsExactly(target.touchpointId());
        assertThat(hiddenUnderHeaders(target.touchpointId())).isFalse();
    }

    @Test
    void aClickOnACardPartlyUnderThePinnedHeadersBringsItOut(FxRobot robot) {
        CardBox target = layout().cards().stream().filter(c -> c.bounds().x() > 400).findFirst().orElseThrow();
        hideUnderPinnedHeaders(robot, target.touchpointId());
        var v = canvas.viewport().visibleRect();
        double visibleX = (Math.max(c(target).x(), v.x() + layout().theme().sizes().laneHeaderWidth()) + c(target).maxX()) / 2;
        double visibleY = (Math.max(c(target).y(), v.y() + layout().stageHeaderHeight()) + c(target).maxY()) / 2;
        robot.clickOn(screen(visibleX, visibleY));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.state().selection()).containsExactly(target.touchpointId());
        assertThat(hiddenUnderHeaders(target.touchpointId())).isFalse();
    }

    private static fi.polku.layout.Rect c(CardBox card) {
        return card.bounds();
    }

    @Test
    void theArrowKeysGoOnFromACardSelectedByAClickAndOnlyItIsSelected(FxRobot robot) {
        robot.clickOn(centreOf("t1"));
        robot.clickOn(centreOf("t5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.state().selection()).containsExactly("t5");
        assertThat(canvas.focusedCard()).isEqualTo("t5");
        robot.interact(() -> {
            canvas.state().selection().clear();
            canvas.state().selection().add("t4");
        });
        assertThat(canvas.focusedCard()).isEqualTo("t4");
    }
}
