package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import fi.polku.ui.Document;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.PolkuHome;
import fi.polku.ui.canvas.JourneyCanvas;
import fi.polku.ui.state.EditorState;
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
    private final DocumentEditor editor;
    private final PolkuHome home;
    private final EditorState state;
    private InspectorPage shown;

    /**
     * An inspector of what the document's editor state has selected, whose opportunity page picks linked
     * cards on {@code canvas}, and whose map page can store the brand as the user's default in {@code home}.
     */
    public Inspector(Document document, DocumentEditor editor, JourneyCanvas canvas, PolkuHome home) {
        this.home = home;
        this.document = document;
        this.canvas = canvas;
        this.state = document.state();
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(300);
        setPrefWidth(380);
        this.editor = editor;
        state.selection().addListener((SetChangeListener<String>) c -> refresh());
        state.selectedStageProperty().addListener((o, was, now) -> refresh());
        state.selectedLaneProperty().addListener((o, was, now) -> refresh());
        state.selectedOpportunityProperty().addListener((o, was, now) -> refresh());
        document.mapProperty().addListener((o, was, now) -> refresh());
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((p, before, focused) -> scrollToShow(focused));
            }
        });
        refresh();
    }

    /** Keeps the focused field in view, so that Tab through a long page never leaves the user lost. */
    private void scrollToShow(javafx.scene.Node focused) {
        javafx.scene.Node content = getContent();
        if (focused == null || content == null || !isDescendant(focused, content)) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        javafx.geometry.Bounds field = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double top = getVvalue() * (contentHeight - viewHeight);
        if (field.getMinY() < top) {
            setVvalue(field.getMinY() / (contentHeight - viewHeight));
        } else if (field.getMaxY() > top + viewHeight) {
            setVvalue(Math.min(1, (field.getMaxY() - viewHeight + 8) / (contentHeight - viewHeight)));
        }
    }

    private static boolean isDescendant(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Puts keyboard focus into the first field of the page shown. */
    public void focusFirstField() {
        if (shown != null) {
            shown.focusFirstField();
        }
    }

    /**
     * After a change of the user-interface language: the pages are built again, in the new language, the
     * next time each is shown; the one on screen at once.
     */
    public void relabel() {
        pages.clear();
        shown = null;
        refresh();
    }

    /**
     * Builds a page when it is first shown: the touchpoint page alone (measurements table, date picker,
     * sliders) costs the window a good part of its start-up, and a start shows only the map page.
     */
    private InspectorPage createPage(SelectionKind kind) {
        return switch (kind) {
            case MAP -> new MapInspectorView(new MapInspectorViewModel(editor), home,
                    new fi.polku.ui.persona.PersonasPane(document, editor).node());
            case STAGE -> new StageInspectorView(new StageInspectorViewModel(editor));
            case LANE -> new LaneInspectorView(new LaneInspectorViewModel(editor));
            case TOUCHPOINTS -> new TouchpointInspectorView(new TouchpointInspectorViewModel(editor),
                    state::selectOpportunity);
            case OPPORTUNITY -> new OpportunityInspectorView(new OpportunityInspectorViewModel(editor), canvas.picking());
        };
    }

    private void refresh() {
        JourneyMap map = document.current();
        SelectionKind.Selected selected = SelectionKind.of(state);
        if (shown instanceof OpportunityInspectorView leaving && selected.kind() != SelectionKind.OPPORTUNITY) {
            leaving.hidden();
        }
        InspectorPage page = pages.computeIfAbsent(selected.kind(), this::createPage);
        page.show(selected.ids(), map);
        if (page != shown) {
            shown = page;
            setContent(page.view());
            setVvalue(0);
        }
    }
}
