// STUB: replaced at merge
package fi.polku.ui.canvas;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** The journey canvas: paints a MapLayout through FxPainter, owns view state (zoom, pan, selection). */
public final class JourneyCanvas extends Region {
    private static final double HEAD = 140;
    private static final double CELL_W = 220;
    private static final double CELL_H = 120;
    private final Canvas canvas = new Canvas();
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final ObjectProperty<String> selectedStage = new SimpleObjectProperty<>(this, "selectedStage");
    private final ObjectProperty<String> selectedLane = new SimpleObjectProperty<>(this, "selectedLane");
    private final ReadOnlyObjectWrapper<CellRef> currentCell = new ReadOnlyObjectWrapper<>(this, "currentCell");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private JourneyMap map;
    private CanvasActions actions;

    public JourneyCanvas() {
        getChildren().add(canvas);
        setFocusTraversable(true);
        getStyleClass().add("journey-canvas");
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        selection.addListener((javafx.collections.SetChangeListener<String>) c -> paint());
        zoom.addListener((o, a, b) -> paint());
    }

    public void setMap(JourneyMap map) { this.map = map; paint(); }
    public JourneyMap getMap() { return map; }
    public ObservableSet<String> getSelection() { return selection; }
    public ObjectProperty<String> selectedStageProperty() { return selectedStage; }
    public ObjectProperty<String> selectedLaneProperty() { return selectedLane; }
    public ReadOnlyObjectProperty<CellRef> currentCellProperty() { return currentCell.getReadOnlyProperty(); }
    public DoubleProperty zoomProperty() { return zoom; }
    public void zoomIn() { zoom.set(Math.min(4, zoom.get() * 1.25)); }
    public void zoomOut() { zoom.set(Math.max(0.1, zoom.get() / 1.25)); }
    public void resetZoom() { zoom.set(1); }
    public void fitToWindow() { resetZoom(); }
    public void zoomToSelection() { resetZoom(); }
    public void setActions(CanvasActions actions) { this.actions = actions; }
    public void beginRename(String touchpointId) { /* the real canvas shows an inline editor */ }

    public void selectAll() {
        if (map != null) {
            map.touchpoints().forEach(t -> selection.add(t.id()));
        }
    }

    public void clearSelection() {
        selection.clear();
        selectedStage.set(null);
        selectedLane.set(null);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (map == null) {
            return;
        }
        double z = zoom.get();
        int col = (int) Math.floor((e.getX() / z - HEAD) / CELL_W);
        int row = (int) Math.floor((e.getY() / z - 40) / CELL_H);
        boolean keep = e.isShortcutDown() || e.isShiftDown();
        if (!keep) {
            clearSelection();
        }
        if (row < 0 && col >= 0 && col < map.stages().size()) {
            selectedStage.set(map.stages().get(col).id());
        } else if (col < 0 && row >= 0 && row < map.lanes().size()) {
            selectedLane.set(map.lanes().get(row).id());
        } else if (col >= 0 && row >= 0 && col < map.stages().size() && row < map.lanes().size()) {
            Stage s = map.stages().get(col);
            Lane l = map.lanes().get(row);
            currentCell.set(new CellRef(s.id(), l.id()));
            map.cell(s.id(), l.id()).stream().findFirst().ifPresent(t -> selection.add(t.id()));
            if (e.getClickCount() == 2 && actions != null) {
                actions.createTouchpoint(s.id(), l.id());
            }
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.web("#f6f8fa"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (map == null) {
            return;
        }
        g.scale(zoom.get(), zoom.get());
        g.setStroke(Color.web("#d0d7de"));
        for (int c = 0; c < map.stages().size(); c++) {
            g.setFill(Color.web("#24292f"));
            g.fillText(map.stages().get(c).name(), HEAD + c * CELL_W + 8, 26);
        }
        for (int r = 0; r < map.lanes().size(); r++) {
            g.setFill(Color.web("#57606a"));
            g.fillText(map.lanes().get(r).name(), 8, 40 + r * CELL_H + 24);
            for (int c = 0; c < map.stages().size(); c++) {
                g.strokeRect(HEAD + c * CELL_W, 40 + r * CELL_H, CELL_W, CELL_H);
                var cell = map.cell(map.stages().get(c).id(), map.lanes().get(r).id());
                for (int i = 0; i < cell.size(); i++) {
                    Touchpoint t = cell.get(i);
                    double x = HEAD + c * CELL_W + 8;
                    double y = 40 + r * CELL_H + 8 + i * 34;
                    g.setFill(selection.contains(t.id()) ? Color.web("#ddf4ff") : Color.WHITE);
                    g.fillRoundRect(x, y, CELL_W - 16, 28, 6, 6);
                    g.strokeRoundRect(x, y, CELL_W - 16, 28, 6, 6);
                    g.setFill(Color.web("#24292f"));
                    g.fillText(t.title(), x + 8, y + 18);
                }
            }
        }
    }
}
