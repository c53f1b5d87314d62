package fi.polku.ui.canvas;

import fi.polku.layout.HeaderBox;
import javafx.scene.Cursor;

import java.util.List;

/**
 * Dragging a stage header left or right, or a lane header up or down: a drop line shows the gap it
 * would land in, and the release makes one move.
 */
final class HeaderDrag {
    private final JourneyCanvas canvas;
    private String headerId;
    private boolean stages;
    /** The gap (0..n) the header would drop into, or -1 before the pointer has moved. */
    private int gap = -1;

    HeaderDrag(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    void start(String id, boolean stage) {
        headerId = id;
        stages = stage;
        gap = -1;
    }

    private List<HeaderBox> headers() {
        return stages ? canvas.mapLayout().stageHeaders() : canvas.mapLayout().laneHeaders();
    }

    /** Follows the pointer at a map point. */
    void dragTo(double mapX, double mapY) {
        List<HeaderBox> headers = headers();
        if (headers.isEmpty()) {
            return;
        }
        gap = gapAt(headers, stages ? mapX : mapY);
        int from = indexOf(headers, headerId);
        if (gap == from || gap == from + 1) {
            // Dropping next to itself changes nothing: show no line.
            canvas.setHeaderDrop(Double.NaN, Double.NaN);
            canvas.surface().setCursor(stages ? Cursor.H_RESIZE : Cursor.V_RESIZE);
            return;
        }
        var edge = gap < headers.size() ? headers.get(gap).bounds() : headers.getLast().bounds();
        double at = gap < headers.size() ? (stages ? edge.x() : edge.y())
                : (stages ? edge.maxX() : edge.maxY());
        canvas.setHeaderDrop(stages ? at : Double.NaN, stages ? Double.NaN : at);
        canvas.surface().setCursor(Cursor.MOVE);
    }

    /** Ends the drag with one move, to where the drop line showed; next to itself it moves nothing. */
    void drop() {
        int from = indexOf(headers(), headerId);
        if (from < 0 || gap < 0 || gap == from || gap == from + 1) {
            return;
        }
        int toIndex = gap > from ? gap - 1 : gap;
        if (stages) {
            canvas.actions().moveStage(headerId, toIndex);
        } else {
            canvas.actions().moveLane(headerId, toIndex);
        }
    }

    /** Hides the drop line. */
    void cancel() {
        gap = -1;
        headerId = null;
        canvas.setHeaderDrop(Double.NaN, Double.NaN);
    }

    /** The gap between headers nearest to a coordinate along their axis: 0 before the first, n after the last. */
    private int gapAt(List<HeaderBox> headers, double at) {
        int g = 0;
        for (HeaderBox h : headers) {
            if (at > (stages ? h.bounds().centerX() : h.bounds().centerY())) {
                g++;
            }
        }
        return g;
    }

    private static int indexOf(List<HeaderBox> headers, String id) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
