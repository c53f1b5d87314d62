package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.DropTarget;
import fi.polku.layout.LayoutCache;
import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.MapPainter;
import fi.polku.render.Overlay;
import fi.polku.render.fx.FxPainter;
import fi.polku.text.Localization;
import fi.polku.ui.Messages;
import fi.polku.ui.state.EditorState;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableSet;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The journey canvas: paints a {@link MapLayout} through {@link FxPainter} and owns the view (zoom, pan);
 * what is selected, the current cell and the hovered card are the document's {@link EditorState}, which
 * the canvas shows and changes like the other parts of the window. The drawing surface is only as large as the view, so huge maps cost
 * what is on screen; repaints are coalesced to at most one per pulse.
 */
public final class JourneyCanvas extends javafx.scene.layout.Region {
    private static final double ZOOM_STEP = 1.25;

    private final Canvas canvas = new Canvas();
    private final ScrollBar hBar = new ScrollBar();
    private final ScrollBar vBar = new ScrollBar();
    private final CanvasViewport viewport = new CanvasViewport();
    private final EditorState state;
    private final ObservableSet<String> selection;
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.standard());
    private final LayoutCache layoutCache = new LayoutCache();
    private final FxPainter fxPainter = new FxPainter(canvas.getGraphicsContext2D());
    private final InlineNameEditor editor = new InlineNameEditor(this);
    private final ArrowEditor arrowEditor = new ArrowEditor(this);
    private final QuickCapture capture = new QuickCapture(this);
    private final ArrowHighlight arrowHighlight = new ArrowHighlight();
    private final CardPicking picking = new CardPicking(this);
    private final CardHoverTip hoverTip = new CardHoverTip(this);
    private final EmptyMapHint emptyHint = new EmptyMapHint();
    private final PersonaLens personas;
    private final CanvasLegend legend = new CanvasLegend(theme::get, () -> Localization.ofTag(getMap().language()));
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            paintNow();
        }
    };

    private JourneyMap map = JourneyMap.empty("empty", "");
    private MapLayout layout;
    private MapPainter mapPainter;
    private boolean layoutStale = true;
    private boolean syncing;
    private CanvasActions actions = CanvasActions.NONE;
    private String focusedCard;
    private DropTarget drop;
    private Rect band;
    private Set<String> dragged = Set.of();
    private double dragDx;
    private double dragDy;
    private boolean spaceDown;
    private String emotionLabelId;
    private boolean fitPending;
    /** Where a dragged stage (x) or lane (y) header would drop, in map units; NaN when not dragging one. */
    private double headerDropX = Double.NaN;
    private double headerDropY = Double.NaN;

    /** A canvas with an editor state of its own, for a canvas shown alone. */
    public JourneyCanvas() {
        this(new EditorState());
    }

    public JourneyCanvas(EditorState state) {
        this.state = state;
        this.selection = state.selection();
        this.personas = new PersonaLens(this);
        getStyleClass().add("journey-canvas");
        setFocusTraversable(true);
        hBar.setOrientation(Orientation.HORIZONTAL);
        vBar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, hBar, vBar, emptyHint.node(), legend.panel(), legend.button());
        emptyHint.show(map);
        hBar.valueProperty().addListener((o, a, v) -> scrollBarMoved());
        theme.addListener((o, was, now) -> setMap(map));
        vBar.valueProperty().addListener((o, a, v) -> scrollBarMoved());
        zoom.addListener((o, a, v) -> {
            if (!syncing) {
                viewport.zoomAt(v.doubleValue(), viewport.viewWidth() / 2, viewport.viewHeight() / 2);
                viewChanged();
            }
        });
        focusedProperty().addListener((o, a, v) -> requestRepaint());
        state.selectedStageProperty().addListener((o, a, v) -> requestRepaint());
        state.selectedLaneProperty().addListener((o, a, v) -> requestRepaint());
        state.hoverCardProperty().addListener((o, a, v) -> requestRepaint());
        state.foundProperty().addListener((o, a, v) -> requestRepaint());
        state.compare().shownProperty().addListener((o, a, v) -> requestRepaint());
        setAccessibleRole(javafx.scene.AccessibleRole.NODE);
        accessibleTextProperty().bind(Messages.text("canvas.accessibleName"));
        // The hint on an empty map is painted in the user-interface language: paint it again on a change.
        accessibleTextProperty().addListener(o -> requestRepaint());
        selection.addListener((javafx.collections.SetChangeListener<String>) c -> {
            // A card selected alone, from anywhere (a click, the analysis, the inspector), is where the
            // arrow keys go on from.
            if (selection.size() == 1) {
                focusedCard = selection.iterator().next();
            }
            requestRepaint();
        });
        ArrowSelection.install(this);
        new CanvasMouse(this).install();
        new CanvasKeys(this).install();
    }

    // ---- The contract ----

    /** Shows a new map value; layout and repaint happen once on the next pulse however often this is called. */
    public void setMap(JourneyMap map) {
        this.map = map == null ? JourneyMap.empty("empty", "") : map;
        emptyHint.show(this.map);
        layoutStale = true;
        requestRepaint();
    }

    /** The look the map is drawn in; the window's theme setting drives it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public JourneyMap getMap() {
        return map;
    }

    /** The editor state this canvas shows and changes. */
    public EditorState state() {
        return state;
    }

    /** Shows the inline label editor on that arrow (F2 or double-click on a selected arrow). */
    public void beginLabelEdit(String connectionId) {
        map.connections().stream().filter(c -> c.id().equals(connectionId)).findFirst().ifPresent(c -> {
            state.selectedConnectionProperty().set(connectionId);
            arrowEditor.begin(connectionId, c.label());
        });
    }

    /** 1.0 = 100 %; values outside 0.02 .. 4.0 are clamped. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoomAround(viewport.zoom() * ZOOM_STEP, viewport.viewWidth() / 2, viewport.viewHeight() / 2);
    }

    public void zoomOut() {
        zoomAround(viewport.zoom() / ZOOM_STEP, viewport.viewWidth() / 2, viewport.viewHeight() / 2);
    }

    public void resetZoom() {
        zoomAround(1, viewport.viewWidth() / 2, viewport.viewHeight() / 2);
    }

    /** Fits the whole map in the view; asked before the canvas has a size, it happens once it has one. */
    public void fitToWindow() {
        if (viewport.viewWidth() <= 0 || viewport.viewHeight() <= 0) {
            fitPending = true;
            return;
        }
        viewport.fit(mapLayout().bounds(), CanvasViewport.MAX_ZOOM);
        viewChanged();
    }

    /** Fits the selected cards in the view (no closer than 200 %); without a selection fits the map. */
    public void zoomToSelection() {
        Rect area = null;
        for (String id : selection) {
            CardBox c = mapLayout().card(id);
            if (c != null) {
                area = area == null ? c.bounds() : area.union(c.bounds());
            }
        }
        if (area == null) {
            fitToWindow();
            return;
        }
        viewport.fit(area, 2);
        viewChanged();
    }

    public void selectAll() {
        Set<String> all = new LinkedHashSet<>();
        for (CardBox c : mapLayout().cards()) {
            all.add(c.touchpointId());
        }
        selection.addAll(all);
    }

    public void clearSelection() {
        state.clearSelection();
    }

    /** Picking cards for an opportunity's links, and outlining the linked ones. */
    public CardPicking picking() {
        return picking;
    }

    public void setActions(CanvasActions actions) {
        this.actions = actions == null ? CanvasActions.NONE : actions;
    }

    /** Shows the inline title editor on that card (F2), scrolling it into view first. */
    public void beginRename(String touchpointId) {
        CardBox card = mapLayout().card(touchpointId);
        if (card == null) {
            return;
        }
        reveal(card.bounds());
        editor.beginCard(touchpointId, map.touchpoint(touchpointId).map(Touchpoint::title).orElse(""));
    }

    /** Shows the inline name editor on a stage header (laneId null) or a lane header (stageId null). */
    public void beginHeaderRename(String stageId, String laneId) {
        String name = stageId != null ? map.stage(stageId).map(s -> s.name()).orElse(null)
                : map.lane(laneId).map(l -> l.name()).orElse(null);
        if (name != null) {
            MapLayout l = mapLayout();
            String id = stageId != null ? stageId : laneId;
            (stageId != null ? l.stageHeaders() : l.laneHeaders()).stream().filter(h -> h.id().equals(id))
                    .findFirst().ifPresent(h -> reveal(h.bounds()));
            editor.beginHeader(stageId, laneId, name);
        }
    }

    // ---- Package-private: used by the input handlers and tests ----

    /** Lays a control created on first use (the inline editor) over the drawing surface. */
    void addOverlay(javafx.scene.Node node) {
        getChildren().add(node);
    }

    /** Shows the drop line of a header drag at map x (stages) or map y (lanes); NaN, NaN hides it. */
    void setHeaderDrop(double mapX, double mapY) {
        headerDropX = mapX;
        headerDropY = mapY;
        requestRepaint();
    }

    CanvasActions actions() {
        return actions;
    }

    CanvasViewport viewport() {
        return viewport;
    }

    /** The layout of the current map, computed now if a new map is waiting for the next pulse. */
    MapLayout mapLayout() {
        if (layoutStale || layout == null) {
            JourneyMap shown = personas.shown(capture.withCardBeingWritten(map));
            layout = MapLayouter.layout(shown, theme.get(), FontMetricsTable.shared(), layoutCache);
            mapPainter = new MapPainter(layout);
            layoutStale = false;
            viewport.setContent(layout.bounds());
            state.forgetMissing(map);
            syncScrollBars();
            editor.follow();
            arrowEditor.follow();
            capture.follow();
        }
        return layout;
    }

    /** The drawing surface; mouse input is taken from it so that the scrollbars keep their own. */
    Canvas surface() {
        return canvas;
    }

    InlineNameEditor editor() {
        return editor;
    }

    QuickCapture capture() {
        return capture;
    }

    ArrowEditor arrowEditor() {
        return arrowEditor;
    }

    ArrowHighlight arrowHighlight() {
        return arrowHighlight;
    }

    CardHoverTip hoverTip() {
        return hoverTip;
    }

    /** The card with keyboard focus (arrow keys, F2, N), or null. */
    String focusedCard() {
        return focusedCard;
    }

    void setFocusedCard(String id) {
        focusedCard = id;
        requestRepaint();
    }

    /** Shows the value beside a touchpoint's emotion point while it is dragged; null hides it. */
    void setEmotionLabel(String touchpointId) {
        emotionLabelId = touchpointId;
        requestRepaint();
    }

    /** Whether the space bar is held (space-drag pans). */
    boolean isSpaceDown() {
        return spaceDown;
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
        canvas.setCursor(down ? javafx.scene.Cursor.OPEN_HAND : javafx.scene.Cursor.DEFAULT);
    }

    /** What a drag shows: drop indicator, rubber band and the dragged cards shifted by (dx, dy). */
    void setDragFeedback(DropTarget drop, Rect band, Set<String> dragged, double dx, double dy) {
        this.drop = drop;
        this.band = band;
        this.dragged = Set.copyOf(dragged);
        this.dragDx = dx;
        this.dragDy = dy;
        requestRepaint();
    }

    void zoomAround(double newZoom, double screenX, double screenY) {
        viewport.zoomAt(newZoom, screenX, screenY);
        viewChanged();
    }

    void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
        viewChanged();
    }

    /**
     * Scrolls the least needed to show {@code area} whole, also clear of the stage header row and the lane
     * header column that stay pinned over the map while it is scrolled.
     */
    void reveal(Rect area) {
        MapLayout l = mapLayout();
        double laneColumn = l.theme().sizes().laneHeaderWidth();
        double stageRow = l.stageHeaderHeight();
        viewport.reveal(new Rect(area.x() - laneColumn, area.y() - stageRow, area.w() + laneColumn,
                area.h() + stageRow));
        viewChanged();
    }

    /** Scrolls a card into view, clear of the pinned headers: after a click on a card partly under them. */
    public void revealCard(String touchpointId) {
        CardBox card = mapLayout().card(touchpointId);
        if (card != null) {
            reveal(card.bounds());
        }
    }

    /** Asks for one repaint on the next pulse; many calls in one pulse paint once. */
    void requestRepaint() {
        pulse.start();
    }

    // ---- Drawing and sizing ----

    private void viewChanged() {
        syncing = true;
        zoom.set(viewport.zoom());
        syncing = false;
        syncScrollBars();
        editor.follow();
        arrowEditor.follow();
        capture.follow();
        requestRepaint();
    }

    private void syncScrollBars() {
        syncing = true;
        ScrollBarSync.apply(viewport, hBar, vBar);
        syncing = false;
    }

    private void scrollBarMoved() {
        if (!syncing) {
            viewport.scrollTo(hBar.getValue(), vBar.getValue());
            viewChanged();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double sb = vBar.prefWidth(-1);
        double hb = hBar.prefHeight(-1);
        double cw = Math.max(0, w - sb);
        double ch = Math.max(0, h - hb);
        canvas.setWidth(cw);
        canvas.setHeight(ch);
        vBar.resizeRelocate(cw, 0, sb, ch);
        hBar.resizeRelocate(0, ch, cw, hb);
        emptyHint.layout(cw, ch);
        legend.layout(cw, ch);
        if (cw != viewport.viewWidth() || ch != viewport.viewHeight()) {
            viewport.setViewSize(cw, ch);
            viewChanged();
            if (fitPending && cw > 0 && ch > 0) {
                fitPending = false;
                fitToWindow();
            }
        }
        editor.follow();
        arrowEditor.follow();
        capture.follow();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private void paintNow() {
        MapLayout l = mapLayout();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(FxPainter.colourOf(l.theme().palette().surround()));
        gc.fillRect(0, 0, w, h);
        double z = viewport.zoom();
        Overlay o = new Overlay(selection, focusedCard, state.hoverCardProperty().get(), drop, band, isFocused(),
                dragged, dragDx, dragDy, state.selectedStageProperty().get(), state.selectedLaneProperty().get())
                .withHighlighted(state.foundProperty().get().matched());
        fxPainter.pushTransform(-viewport.offsetX() * z, -viewport.offsetY() * z, z);
        mapPainter.paint(fxPainter, viewport.visibleRect(), z, o);
        arrowHighlight.paint(fxPainter, l, state.selectedConnectionProperty().get(), z);
        picking.paint(fxPainter, l, z);
        personas.paint(fxPainter, l, map, viewport.visibleRect());
        fi.polku.render.VoteBadges.paint(fxPainter, l, map.voting().counts(), viewport.visibleRect());
        fi.polku.render.CompareMarks.paint(fxPainter, l, state.compare().shown(), viewport.visibleRect(),
                fi.polku.text.Localization.ui());
        mapPainter.paintPinnedHeaders(fxPainter, viewport.visibleRect(), z, o);
        fxPainter.popTransform();
        EmotionValueLabel.paint(gc, l, viewport, emotionLabelId);
        HeaderDropLine.paint(gc, viewport, headerDropX, headerDropY, w, h, l.theme().palette().dropIndicator());
        if (isFocused()) {
            gc.setStroke(FxPainter.colourOf(l.theme().palette().focus()));
            gc.setLineWidth(2);
            gc.strokeRect(1, 1, w - 2, h - 2);
        }
    }
}
