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
    /** A title is tried whole up to the first width, then shortened to each narrower one in turn. */
    private static final double[] TITLE_WIDTHS = {280, 170, 110};
    private static final double GAP = 3;
    /** A title is looked for this many lines out from its point; further away it would seem another's. */
    private static final int TITLE_RINGS = 3;
    /** A number is small and points at its point less clearly, so it may sit a little further out. */
    private static final int NUMBER_RINGS = 6;
    /** How far a number may go from its point, joined by a line, before it gives up a free place. */
    private static final double FARTHEST = 160;

    /**
     * A title or a number in its box; {@code number} is 0 for a title. {@code leader} when the box is far
     * enough from its point to need a line to it.
     */
    record Label(String pointId, String text, Rect box, int number, boolean leader) {
        Label(String pointId, String text, Rect box, int number) {
            this(pointId, text, box, number, false);
        }
    }

    private final TextMeasurer measurer;
    private final List<Rect> taken = new ArrayList<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final List<MatrixGeometry.Placed> numbered = new ArrayList<>();

    MatrixLabels(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** Places labels for {@code points} within {@code area}, avoiding every point and {@code obstacles}. */
    void place(List<MatrixGeometry.Placed> points, List<Rect> obstacles, Rect area) {
        // Each point's box, its label and the obstacles are checked against each other: quadratic, hence the cap.
        taken.addAll(obstacles);
        for (MatrixGeometry.Placed p : points) {
            taken.add(pointBox(p));
        }
        List<MatrixGeometry.Placed> order = new ArrayList<>(points);
        order.sort(Comparator.comparingDouble((MatrixGeometry.Placed p) -> -p.row().importance())
                .thenComparingDouble(MatrixGeometry.Placed::y));
        TextWrapper wrapper = new TextWrapper(measurer);
        for (MatrixGeometry.Placed p : order) {
            Label label = null;
            for (int i = 0; i < TITLE_WIDTHS.length && label == null; i++) {
                String title = wrapper.truncate(p.row().touchpoint().title().strip(), FACE, SIZE, TITLE_WIDTHS[i]);
                Rect box = free(p, measurer.width(title, FACE, SIZE), area, TITLE_RINGS);
                label = box == null ? null : new Label(p.id(), title, box, 0);
            }
            if (label != null) {
                keep(label);
            } else {
                numbered.add(p);
            }
        }
        // Numbers go in reading order of the key: left to right, top to bottom.
        numbered.sort(Comparator.comparingDouble(MatrixGeometry.Placed::x).thenComparingDouble(MatrixGeometry.Placed::y));
        for (int i = 0; i < numbered.size(); i++) {
            MatrixGeometry.Placed p = numbered.get(i);
            String text = Integer.toString(i + 1);
            double w = measurer.width(text, FACE, NUMBER_SIZE);
            Rect box = free(p, w, area, NUMBER_RINGS);
            if (box != null) {
                keep(new Label(p.id(), text, box, i + 1));
                continue;
            }
            Rect far = farther(p, w, area);
            // A number with no free place at all still goes beside its point: the key must name every point.
            keep(new Label(p.id(), text, far != null ? far : candidates(p, w, 1).getFirst(), i + 1, far != null));
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

    private Rect free(MatrixGeometry.Placed p, double w, Rect area, int rings) {
        for (Rect r : candidates(p, w, rings)) {
            if (area.containsRect(r) && taken.stream().noneMatch(t -> t.intersects(r))) {
                return r;
            }
        }
        return null;
    }

    /** A free place further out in a widening circle, for a number joined to its point by a line. */
    private Rect farther(MatrixGeometry.Placed p, double w, Rect area) {
        double h = height();
        for (double d = 3 * MatrixGeometry.RADIUS; d <= FARTHEST; d += h / 2) {
            for (int k = 0; k < 16; k++) {
                double angle = Math.PI * 2 * k / 16;
                Rect r = new Rect(p.x() + d * Math.cos(angle) - w / 2, p.y() + d * Math.sin(angle) - h / 2, w, h);
                if (area.containsRect(r) && taken.stream().noneMatch(t -> t.intersects(r))) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Right, left, above, below and the corners, then the same a line further out. */
    private List<Rect> candidates(MatrixGeometry.Placed p, double w, int rings) {
        double h = height();
        double r = MatrixGeometry.RADIUS + GAP;
        double x = p.x();
        double y = p.y();
        List<Rect> out = new ArrayList<>();
        for (int ring = 0; ring < rings; ring++) {
            double d = ring * (rings > TITLE_RINGS ? h / 2 : h + 1);
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
