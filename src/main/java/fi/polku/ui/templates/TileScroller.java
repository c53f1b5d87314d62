package fi.polku.ui.templates;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** The gallery's scrolling area, which scrolls a tile chosen with the keyboard into view. */
final class TileScroller extends ScrollPane {
    TileScroller(Node content) {
        super(content);
        setFitToWidth(true);
        getStyleClass().add("template-scroll");
    }

    /** Scrolls just enough that {@code node}, inside the content, is wholly visible. */
    void ensureVisible(Node node) {
        Node content = getContent();
        double viewport = getViewportBounds().getHeight();
        double extra = content.getBoundsInLocal().getHeight() - viewport;
        if (extra <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = getVvalue() * extra;
        if (b.getMinY() < top) {
            setVvalue(b.getMinY() / extra);
        } else if (b.getMaxY() > top + viewport) {
            setVvalue((b.getMaxY() - viewport) / extra);
        }
    }
}
