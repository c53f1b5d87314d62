package fi.polku.ui;

import fi.polku.model.JourneyMap;
import fi.polku.ui.analysis.AnalysisPane;
import fi.polku.ui.canvas.JourneyCanvas;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The canvas with the analysis views (matrix, ranking, scores, emotion, opportunity value) docked below
 * it. The views follow the map only while shown, so a hidden dock costs nothing on large maps; clicking a
 * touchpoint in a view selects it on the canvas.
 */
final class AnalysisDock {
    private static final double CANVAS_SHARE = 0.55;
    private final SplitPane split = new SplitPane();
    /** The canvas with room above it for the find bar. */
    private final javafx.scene.layout.BorderPane canvasArea = new javafx.scene.layout.BorderPane();
    /** Created when first shown: its five views and their tables are not needed for the window to start. */
    private AnalysisPane analysis;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final Document document;
    private final JourneyCanvas canvas;
    private final fi.polku.ui.state.EditorState state;
    private OpportunityActions opportunities;

    AnalysisDock(Document document, JourneyCanvas canvas) {
        this.document = document;
        this.canvas = canvas;
        this.state = document.state();
        split.setOrientation(Orientation.VERTICAL);
        canvasArea.setCenter(canvas);
        split.getItems().add(canvasArea);
        document.mapProperty().addListener((o, old, map) -> refresh(map));
        // The compare view's list of changes stands beside the canvas while a comparison is shown.
        fi.polku.ui.compare.ChangeList changes = new fi.polku.ui.compare.ChangeList(state.compare(), this::select);
        state.compare().shownProperty().addListener((o, was, now) -> canvasArea.setRight(now == null ? null : changes));
        document.mapProperty().addListener((o, old, map) -> state.compare().follow(map));
        state.selection().addListener((SetChangeListener<String>) c -> followSelection());
        shown.addListener((o, was, now) -> {
            if (now) {
                refresh(document.current());
                split.getItems().add(pane());
                split.setDividerPositions(CANVAS_SHARE);
            } else {
                split.getItems().remove(analysis);
            }
        });
    }

    /** Who adds and shows opportunities for the opportunity value view's button and rows. */
    void setOpportunities(OpportunityActions actions) {
        this.opportunities = actions;
    }

    Node node() {
        return split;
    }

    /** The pane holding the canvas, whose top the find bar takes while it is shown. */
    javafx.scene.layout.BorderPane canvasArea() {
        return canvasArea;
    }

    BooleanProperty shownProperty() {
        return shown;
    }

    AnalysisPane pane() {
        if (analysis == null) {
            analysis = new AnalysisPane();
            SplitPane.setResizableWithParent(analysis, false);
            analysis.setId("analysis-pane");
            analysis.setOnTouchpointClicked(this::select);
            if (opportunities != null) {
                analysis.opportunities().setOnOpportunityClicked(opportunities::select);
                analysis.opportunities().setOnNewOpportunity(opportunities::create);
            }
        }
        return analysis;
    }

    /**
     * After a change of the user-interface language: the views are made again in the new language, with
     * the dock's size kept; a dock never shown has nothing to redo.
     */
    void relabel() {
        if (analysis == null) {
            return;
        }
        double[] dividers = split.getDividerPositions();
        int tab = analysis.getSelectionModel().getSelectedIndex();
        String metric = analysis.matrix().metricIdProperty().get();
        boolean onScreen = split.getItems().remove(analysis);
        analysis = null;
        if (onScreen) {
            split.getItems().add(pane());
            refresh(document.current());
            analysis.matrix().metricIdProperty().set(metric);
            analysis.getSelectionModel().select(tab);
            split.setDividerPositions(dividers.length > 0 ? dividers[0] : CANVAS_SHARE);
        }
    }

    private void refresh(JourneyMap map) {
        if (shown.get()) {
            pane().setMap(map);
            followSelection();
        }
    }

    private void followSelection() {
        if (shown.get()) {
            pane().setSelectedTouchpoint(state.selection().size() == 1
                    ? state.selection().iterator().next() : null);
        }
    }

    private void select(String touchpointId) {
        if (document.current().touchpoint(touchpointId).isEmpty()) {
            return;
        }
        state.selectCards(java.util.List.of(touchpointId));
        canvas.zoomToSelection();
    }
}
