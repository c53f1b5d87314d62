package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import fi.polku.ui.Document;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.canvas.JourneyCanvas;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ScrollPane;

import java.util.EnumMap;
import java.util.Map;

/**
 * The panel beside the canvas: shows the page for what the canvas has selected and refreshes it after
 * every change of the map (including undo).
 */
public final class Inspector extends ScrollPane {
    private final Map<SelectionKind, InspectorPage> pages = new EnumMap<>(SelectionKind.class);
    private final Document document;
    private final JourneyCanvas canvas;
    private InspectorPage shown;

    public Inspector(Document document, DocumentEditor editor, JourneyCanvas canvas) {
        this.document = document;
        this.canvas = canvas;
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(300);
        setPrefWidth(380);
        pages.put(SelectionKind.MAP, new MapInspectorView(new MapInspectorViewModel(editor)));
        pages.put(SelectionKind.STAGE, new StageInspectorView(new StageInspectorViewModel(editor)));
        pages.put(SelectionKind.LANE, new LaneInspectorView(new LaneInspectorViewModel(editor)));
        pages.put(SelectionKind.TOUCHPOINTS, new TouchpointInspectorView(new TouchpointInspectorViewModel(editor)));
        canvas.getSelection().addListener((SetChangeListener<String>) c -> refresh());
        canvas.selectedStageProperty().addListener((o, was, now) -> refresh());
        canvas.selectedLaneProperty().addListener((o, was, now) -> refresh());
        document.mapProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Puts keyboard focus into the first field of the page shown. */
    public void focusFirstField() {
        if (shown != null) {
            shown.focusFirstField();
        }
    }

    private void refresh() {
        JourneyMap map = document.current();
        SelectionKind.Selected selected = SelectionKind.of(canvas);
        InspectorPage page = pages.get(selected.kind());
        page.show(selected.ids(), map);
        if (page != shown) {
            shown = page;
            setContent(page.view());
            setVvalue(0);
        }
    }
}
