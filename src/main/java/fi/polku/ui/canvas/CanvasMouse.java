package fi.polku.ui.canvas;

import fi.polku.ui.state.CellRef;
import fi.polku.layout.CardBox;
import fi.polku.layout.CellBox;
import fi.polku.layout.DropTarget;
import fi.polku.layout.EmotionCurve;
import fi.polku.layout.EmotionPoint;
import fi.polku.layout.HeaderBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.model.Touchpoint;
import javafx.scene.Cursor;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pointer gestures on the canvas: select (click, shift/ctrl-click, rubber band), move cards with a drop
 * indicator, drag emotion points, pan (scroll, space- or middle-drag), zoom (ctrl+wheel, pinch),
 * double-click to create or rename, and context-menu requests.
 */
final class CanvasMouse {
    private static final double DRAG_THRESHOLD = 4;

    private enum Mode { NONE, PAN, BAND, MOVE, EMOTION, STAGE, LANE, ARROW }

    private final JourneyCanvas canvas;
    private Mode mode = Mode.NONE;
    private boolean dragging;
    private double pressX;
    private double pressY;
    private double pressMapX;
    private double pressMapY;
    private final EdgeScroller edgeScroller;
    private double lastX;
    private double lastY;
    private String pressedCard;
    private String emotionId;
    private double emotionValue;
    private DropTarget drop;
    private Set<String> bandBase = Set.of();
    private String hoverId;
    private final HeaderDrag headerDrag;
    private final ArrowMouse arrows;
    private final VoteClicks votes;

    CanvasMouse(JourneyCanvas canvas) {
        this.canvas = canvas;
        this.edgeScroller = new EdgeScroller(canvas, this::dragTo);
        this.headerDrag = new HeaderDrag(canvas);
        this.arrows = new ArrowMouse(canvas);
        this.votes = new VoteClicks(canvas);
    }

    void install() {
        var s = canvas.surface();
        s.setOnMousePressed(this::pressed);
        s.setOnMouseDragged(this::dragged);
        s.setOnMouseReleased(this::released);
        s.setOnMouseClicked(this::clicked);
        s.setOnMouseMoved(this::moved);
        s.setOnMouseExited(e -> hover(null));
        s.setOnScroll(this::scrolled);
        s.setOnZoom(this::zoomed);
        s.setOnContextMenuRequested(this::contextMenu);
        // A keyboard-triggered request (Windows sends one for the menu key and Shift+F10) goes to the focus
        // owner, which is the canvas region, not the drawing surface.
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && e.getTarget() == canvas && new KeyboardMenu(canvas).open()) {
                e.consume();
            }
        });
    }

    private MapLayout layout() {
        return canvas.mapLayout();
    }

    private double mx(double sx) {
        return canvas.viewport().toMapX(sx);
    }

    private double my(double sy) {
        return canvas.viewport().toMapY(sy);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        pressMapX = mx(pressX);
        pressMapY = my(pressY);
        dragging = false;
        drop = null;
        if (e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY && canvas.isSpaceDown())) {
            mode = Mode.PAN;
            canvas.surface().setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (votes.pressed(e)) {
            mode = Mode.NONE;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            return;
        }
        double x = mx(e.getX());
        double y = my(e.getY());
        MapLayout l = layout();
        if (pinnedY(y) != y || pinnedX(x) != x) {
            // The press is on a header pinned over the map, not on the cell underneath.
            HeaderBox stage = pinnedY(y) != y ? l.stageHeaderAt(x, pinnedY(y)) : null;
            HeaderBox lane = pinnedX(x) != x ? l.laneHeaderAt(pinnedX(x), y) : null;
            canvas.state().selectedStageProperty().set(stage == null ? null : stage.id());
            canvas.state().selectedLaneProperty().set(lane == null ? null : lane.id());
            startHeaderDrag(stage, lane);
            return;
        }
        if (arrows.pressSelectedEnd(x, y)) {
            mode = Mode.ARROW;
            return;
        }
        EmotionPoint point = l.emotionPointAt(x, y, 8 / canvas.viewport().zoom());
        CellBox cell = l.cellAt(x, y);
        if (cell != null) {
            canvas.state().currentCellProperty().set(new CellRef(cell.stageId(), cell.laneId()));
        }
        if (point != null) {
            mode = Mode.EMOTION;
            emotionId = point.touchpointId();
            emotionValue = point.emotion();
            selectOnly(emotionId);
            canvas.setEmotionLabel(emotionId);
            return;
        }
        CardBox card = l.cardAt(x, y);
        var sel = canvas.state().selection();
        if (card != null) {
            String id = card.touchpointId();
            pressedCard = id;
            canvas.state().selectedStageProperty().set(null);
            canvas.state().selectedLaneProperty().set(null);
            focus(id);
            if (e.isShortcutDown()) {
                if (!sel.remove(id)) {
                    sel.add(id);
                }
            } else if (e.isShiftDown()) {
                sel.add(id);
            } else if (!sel.contains(id)) {
                selectOnly(id);
            }
            mode = Mode.MOVE;
            return;
        }
        pressedCard = null;
        // Arrows lie under the cards: a press on a card is the card's, one beside it may be an arrow's.
        if (arrows.press(x, y)) {
            mode = Mode.ARROW;
            return;
        }
        canvas.state().selectedConnectionProperty().set(null);
        HeaderBox stage = l.stageHeaderAt(x, pinnedY(y));
        HeaderBox lane = l.laneHeaderAt(pinnedX(x), y);
        canvas.state().selectedStageProperty().set(stage == null ? null : stage.id());
        canvas.state().selectedLaneProperty().set(lane == null ? null : lane.id());
        bandBase = e.isShiftDown() || e.isShortcutDown() ? Set.copyOf(sel) : Set.of();
        if (bandBase.isEmpty()) {
            sel.clear();
        }
        mode = Mode.BAND;
        if (stage != null || lane != null) {
            startHeaderDrag(stage, lane);
        }
    }

    /** A press on one header may become a drag that reorders stages or lanes; the corner does nothing. */
    private void startHeaderDrag(HeaderBox stage, HeaderBox lane) {
        if (stage != null && lane == null) {
            mode = Mode.STAGE;
            headerDrag.start(stage.id(), true);
        } else if (lane != null && stage == null) {
            mode = Mode.LANE;
            headerDrag.start(lane.id(), false);
        } else {
            mode = Mode.NONE;
        }
    }

    /** The stage header under a map point, as drawn (pinned to the top while scrolled), or null. */
    private HeaderBox stageHeaderUnder(double x, double y) {
        return pinnedX(x) != x ? null : layout().stageHeaderAt(x, pinnedY(y));
    }

    /** The lane header under a map point, as drawn (pinned to the left while scrolled), or null. */
    private HeaderBox laneHeaderUnder(double x, double y) {
        return pinnedY(y) != y ? null : layout().laneHeaderAt(pinnedX(x), y);
    }

    /** The map y a press at {@code y} has on the pinned stage header row, or {@code y} when not on it. */
    private double pinnedY(double y) {
        double top = canvas.viewport().offsetY();
        return top > 0 && y - top < layout().stageHeaderHeight() ? y - top : y;
    }

    /** The map x a press at {@code x} has on the pinned lane header column, or {@code x} when not on it. */
    private double pinnedX(double x) {
        double left = canvas.viewport().offsetX();
        return left > 0 && x - left < layout().theme().sizes().laneHeaderWidth() ? x - left : x;
    }

    private void dragged(MouseEvent e) {
        double dxs = e.getX() - lastX;
        double dys = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        switch (mode) {
            case PAN -> canvas.panBy(-dxs, -dys);
            case BAND, MOVE -> {
                dragTo(e.getX(), e.getY());
                edgeScroller.follow(e.getX(), e.getY());
            }
            case EMOTION -> emotion(e);
            case STAGE, LANE -> headerDrag.dragTo(mx(e.getX()), my(e.getY()));
            case ARROW -> {
                if (arrows.isDraggingEnd()) {
                    arrows.drag(mx(e.getX()), my(e.getY()));
                }
            }
            case NONE -> { }
        }
    }

    /** Updates a rubber band or card drag for the pointer at a view point (also while edge-scrolling). */
    private void dragTo(double sx, double sy) {
        if (mode == Mode.BAND) {
            band(sx, sy);
        } else if (mode == Mode.MOVE) {
            move(sx, sy);
        }
    }

    private void band(double sx, double sy) {
        Rect r = Rect.spanning(pressMapX, pressMapY, mx(sx), my(sy));
        Set<String> next = new LinkedHashSet<>(bandBase);
        for (CardBox c : layout().cardsIn(r)) {
            next.add(c.touchpointId());
        }
        var sel = canvas.state().selection();
        sel.retainAll(next);
        sel.addAll(next);
        canvas.setDragFeedback(null, r, Set.of(), 0, 0);
    }

    private void move(double sx, double sy) {
        if (!canvas.state().selection().contains(pressedCard)) {
            return;
        }
        double x = mx(sx);
        double y = my(sy);
        CellBox cell = layout().cellAt(x, y);
        drop = cell == null ? null : layout().dropTarget(cell, x, y, canvas.state().selection());
        canvas.setDragFeedback(drop, null, canvas.state().selection(), x - pressMapX, y - pressMapY);
        canvas.surface().setCursor(drop == null ? Cursor.DEFAULT : Cursor.MOVE);
    }

    private void emotion(MouseEvent e) {
        EmotionCurve curve = layout().curveOf(emotionId);
        if (curve == null) {
            return;
        }
        // Half steps keep the curve readable and the values explainable.
        double v = Math.round(curve.emotionAt(my(e.getY())) * 2) / 2.0;
        if (v != emotionValue) {
            emotionValue = v;
            canvas.actions().setEmotion(emotionId, v, false);
        }
    }

    private void released(MouseEvent e) {
        edgeScroller.stop();
        Mode was = mode;
        if ((was == Mode.STAGE || was == Mode.LANE) && dragging) {
            headerDrag.drop();
        }
        mode = Mode.NONE;
        headerDrag.cancel();
        canvas.surface().setCursor(Cursor.DEFAULT);
        if (was == Mode.MOVE && dragging && drop != null) {
            canvas.actions().moveTouchpoints(selectedInMapOrder(), drop.stageId(), drop.laneId(), drop.index());
        } else if (was == Mode.MOVE && !dragging && pressedCard != null && !e.isShiftDown() && !e.isShortcutDown()) {
            selectOnly(pressedCard);
        } else if (was == Mode.EMOTION && dragging) {
            canvas.actions().setEmotion(emotionId, emotionValue, true);
        } else if (was == Mode.ARROW) {
            arrows.release(mx(e.getX()), my(e.getY()), dragging);
        }
        if (was == Mode.MOVE && !dragging && pressedCard != null) {
            // A click on a card partly under the pinned headers brings it out; only on release, so that a
            // drag that starts on it does not jump with the view.
            canvas.revealCard(pressedCard);
        }
        canvas.setEmotionLabel(null);
        drop = null;
        dragging = false;
        canvas.setDragFeedback(null, null, Set.of(), 0, 0);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()
                || votes.active()) {
            return;
        }
        double x = mx(e.getX());
        double y = my(e.getY());
        HeaderBox stageHeader = stageHeaderUnder(x, y);
        HeaderBox laneHeader = laneHeaderUnder(x, y);
        if (stageHeader != null || laneHeader != null) {
            canvas.beginHeaderRename(stageHeader == null ? null : stageHeader.id(),
                    stageHeader == null ? laneHeader.id() : null);
            return;
        }
        CardBox card = layout().cardAt(x, y);
        if (card != null) {
            double titleBottom = card.title().baseline(card.title().lines().size() - 1) + 6;
            if (y <= titleBottom) {
                canvas.beginRename(card.touchpointId());
            }
            return;
        }
        if (arrows.doubleClick(x, y)) {
            return;
        }
        CellBox cell = layout().cellAt(x, y);
        if (cell != null && layout().emotionPointAt(x, y, 8) == null && !isEmotionLane(cell.laneId())) {
            canvas.actions().createTouchpoint(cell.stageId(), cell.laneId());
        }
    }

    private boolean isEmotionLane(String laneId) {
        return layout().emotionCurves().stream().anyMatch(c -> c.laneId().equals(laneId));
    }

    private void moved(MouseEvent e) {
        double x = mx(e.getX());
        double y = my(e.getY());
        CardBox card = layout().cardAt(x, y);
        hover(card == null ? null : card.touchpointId());
        // Over the evidence mark (●O, ◐I, ○A) the tooltip names the evidence level instead of the card.
        canvas.hoverTip().overMark(card != null && card.evidenceMark() != null
                && card.evidenceMark().contains(x, y) ? card.evidence() : null);
    }

    private void hover(String id) {
        if (!java.util.Objects.equals(id, hoverId)) {
            hoverId = id;
            canvas.hoverTip().hover(id);
            canvas.state().hoverCardProperty().set(id);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getTouchCount() > 1 && !e.isShortcutDown()) {
            canvas.panBy(-e.getDeltaX(), -e.getDeltaY());
        } else if (e.isShortcutDown()) {
            canvas.zoomAround(canvas.viewport().zoom() * Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            canvas.panBy(-e.getDeltaY(), 0);
        } else {
            canvas.panBy(-e.getDeltaX(), -e.getDeltaY());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        canvas.zoomAround(canvas.viewport().zoom() * e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    private void contextMenu(ContextMenuEvent e) {
        if (votes.swallowsMenu(e)) {
            return;
        }
        if (e.isKeyboardTrigger()) {
            new KeyboardMenu(canvas).open();
            e.consume();
            return;
        }
        double x = mx(e.getX());
        double y = my(e.getY());
        HeaderBox stageHeader = stageHeaderUnder(x, y);
        HeaderBox laneHeader = laneHeaderUnder(x, y);
        if (stageHeader != null || laneHeader != null) {
            canvas.state().selection().clear();
            canvas.state().selectedStageProperty().set(stageHeader == null ? null : stageHeader.id());
            canvas.state().selectedLaneProperty().set(stageHeader == null ? laneHeader.id() : null);
            canvas.actions().openHeaderMenu(stageHeader == null ? null : stageHeader.id(),
                    stageHeader == null ? laneHeader.id() : null, e.getScreenX(), e.getScreenY());
            e.consume();
            return;
        }
        CardBox card = layout().cardAt(x, y);
        if (card == null && arrows.contextMenu(x, y, e.getScreenX(), e.getScreenY())) {
            e.consume();
            return;
        }
        CellBox cell = layout().cellAt(x, y);
        if (card != null && !canvas.state().selection().contains(card.touchpointId())) {
            selectOnly(card.touchpointId());
        }
        CellRef ref = cell == null ? null : new CellRef(cell.stageId(), cell.laneId());
        if (ref != null) {
            canvas.state().currentCellProperty().set(ref);
        }
        canvas.actions().openContextMenu(ref, card == null ? null : card.touchpointId(), e.getScreenX(),
                e.getScreenY());
        e.consume();
    }

    /** The selected ids in the order of the map's touchpoints, so a moved group keeps its order. */
    private List<String> selectedInMapOrder() {
        List<String> ids = new ArrayList<>();
        for (Touchpoint t : canvas.getMap().touchpoints()) {
            if (canvas.state().selection().contains(t.id())) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    private void selectOnly(String id) {
        var sel = canvas.state().selection();
        sel.retainAll(Set.of(id));
        sel.add(id);
        focus(id);
    }

    /** Keyboard focus moves with the pointer, so arrow keys continue from the clicked card. */
    private void focus(String id) {
        canvas.setFocusedCard(id);
    }
}
