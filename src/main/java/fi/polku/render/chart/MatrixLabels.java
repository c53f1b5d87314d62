package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.Rect;
import fi.polku.layout.TextMeasurer;
import fi.polku.layout.TextWrapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each point's title a place beside it that covers no other point, no quadrant title and no label
 * placed before it; a point whose title finds no place gets a number beside it instead, and the number
 * is explained in a key. The most important touchpoints are placed first, so they get the nearest places.
 */
final class MatrixLabels {
    static final FontFace FACE = FontFace.REGULAR;
    static final double SIZE = 11;
    static final double NUMBER_SIZE = 10;
    private static final double MAX_TITLE_WIDTH = 170;
    private static final double GAP = 3;

    /** A title or a number in its box; {@code number} is 0 for a title. */
    record Label(String pointId, String text, Rect box, int number) {
    }

    private final TextMeasurer measurer;
    private final List<Rect> taken = new ArrayList<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final List<MatrixGeometry.Placed> numbered = new ArrayList<>();

    MatrixLabels(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** Places labels for {@code points} within {@code area}, avoiding every point and {@code obstacles}. */
    void place(List<MatrixGeometry.Placed> points, List<Rect> obstacles, Rect area, boolean numberAll) {
        taken.addAll(obstacles);
        for (MatrixGeometry.Placed p : points) {
            taken.add(pointBox(p));
        }
        List<MatrixGeometry.Placed> order = new ArrayList<>(points);
        order.sort(Comparator.comparingDouble((MatrixGeometry.Placed p) -> -p.row().importance())
                .thenComparingDouble(MatrixGeometry.Placed::y));
        TextWrapper wrapper = new TextWrapper(measurer);
        for (MatrixGeometry.Placed p : order) {
            String title = wrapper.truncate(p.row().touchpoint().title().strip(), FACE, SIZE, MAX_TITLE_WIDTH);
            Rect box = numberAll ? null : free(p, measurer.width(title, FACE, SIZE), area);
            if (box != null) {
                keep(new Label(p.id(), title, box, 0));
            } else {
                numbered.add(p);
            }
        }
        // Numbers go in reading order of the key: left to right, top to bottom.
        numbered.sort(Comparator.comparingDouble(MatrixGeometry.Placed::x).thenComparingDouble(MatrixGeometry.Placed::y));
        for (int i = 0; i < numbered.size(); i++) {
            MatrixGeometry.Placed p = numbered.get(i);
            String text = Integer.toString(i + 1);
            Rect box = free(p, measurer.width(text, FACE, NUMBER_SIZE), area);
            // A number with no free place at all still goes beside its point: the key must name every point.
            keep(new Label(p.id(), text, box != null ? box : candidates(p, measurer.width(text, FACE, NUMBER_SIZE))
                    .getFirst(), i + 1));
        }
    }

    private void keep(Label label) {
        labels.put(label.pointId(), label);
        taken.add(label.box());
    }

    /** Every label, titles and numbers, by point id. */
    Map<String, Label> labels() {
        return labels;
    }

    /** The points that got a number, in number order. */
    List<MatrixGeometry.Placed> numbered() {
        return numbered;
    }

    double height() {
        return measurer.lineHeight(FACE, SIZE);
    }

    private Rect free(MatrixGeometry.Placed p, double w, Rect area) {
        for (Rect r : candidates(p, w)) {
            if (area.containsRect(r) && taken.stream().noneMatch(t -> t.intersects(r))) {
                return r;
            }
        }
        return null;
    }

    /** Right, left, above, below and the corners, then the same a line further out. */
    private List<Rect> candidates(MatrixGeometry.Placed p, double w) {
        double h = height();
        double r = MatrixGeometry.RADIUS + GAP;
        double x = p.x();
        double y = p.y();
        List<Rect> out = new ArrayList<>();
        for (int ring = 0; ring < 3; ring++) {
            double d = ring * (h + 1);
            out.add(new Rect(x + r + d, y - h / 2, w, h));
            out.add(new Rect(x - r - d - w, y - h / 2, w, h));
            out.add(new Rect(x - w / 2, y - r - d - h, w, h));
            out.add(new Rect(x - w / 2, y + r + d, w, h));
            out.add(new Rect(x + r * 0.85, y - r * 0.85 - d - h, w, h));
            out.add(new Rect(x + r * 0.85, y + r * 0.85 + d, w, h));
            out.add(new Rect(x - r * 0.85 - w, y - r * 0.85 - d - h, w, h));
            out.add(new Rect(x - r * 0.85 - w, y + r * 0.85 + d, w, h));
        }
        return out;
    }

    static Rect pointBox(MatrixGeometry.Placed p) {
        double r = MatrixGeometry.RADIUS + 1.5;
        return new Rect(p.x() - r, p.y() - r, 2 * r, 2 * r);
    }
}
