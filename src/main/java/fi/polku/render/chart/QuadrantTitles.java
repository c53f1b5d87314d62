package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.Rect;
import fi.polku.layout.TextMeasurer;
import fi.polku.layout.TextWrapper;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.Quadrant;
import fi.polku.render.Painter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each quadrant's name and, under it, what puts a touchpoint there under this crosshair ("below target,
 * important"), in a corner of the quadrant that no point covers (the outer one when free), wrapped to the
 * quadrant's width; the condition is left out where it does not fit, and the whole title where a quadrant
 * is too small to hold it, so that a title is never drawn over another.
 */
final class QuadrantTitles {
    private static final double PAD = 8;
    /** Below this plot width the names are set smaller and a condition gets one line, or none. */
    private static final double SMALL_PLOT = 560;

    private record Line(String text, FontFace face, double size, double x, double baseline) {
    }

    private record Title(Quadrant quadrant, List<Line> lines, Rect box) {
    }

    /** A line to set: its words, and whether it is the name (bold) or the condition. */
    private record Wanted(String text, boolean name) {
    }

    private final List<Title> titles = new ArrayList<>();
    private final TextMeasurer measurer;
    private final double nameSize;
    private final double conditionSize;

    QuadrantTitles(Crosshair crosshair, Locale language, Rect plot, double cx, double cy, List<Rect> points,
                   TextMeasurer measurer) {
        this.measurer = measurer;
        boolean small = plot.w() < SMALL_PLOT;
        nameSize = small ? 11 : 12.5;
        conditionSize = small ? 9 : 10;
        TextWrapper wrapper = new TextWrapper(measurer);
        for (Quadrant q : Quadrant.values()) {
            boolean right = q == Quadrant.CONCENTRATE_HERE || q == Quadrant.KEEP_UP_THE_GOOD_WORK;
            boolean top = !q.performingPoorly();
            Rect region = Rect.spanning(right ? cx : plot.x(), top ? plot.y() : cy, right ? plot.maxX() : cx,
                    top ? cy : plot.maxY());
            double room = region.w() - 2 * PAD;
            if (room < 40) {
                continue;
            }
            List<Wanted> full = new ArrayList<>();
            wrapper.wrap(q.text().in(language), FontFace.BOLD, nameSize, room, 2)
                    .forEach(s -> full.add(new Wanted(s, true)));
            List<String> condition = wrapper.wrap(q.condition(crosshair).in(language), FontFace.REGULAR,
                    conditionSize, room, small ? 1 : 2);
            if (!condition.getLast().endsWith(TextWrapper.ELLIPSIS)) {
                condition.forEach(s -> full.add(new Wanted(s, false)));
            }
            List<Wanted> nameOnly = full.stream().filter(Wanted::name).toList();
            Rect free = null;
            List<Wanted> chosen = null;
            boolean alignRight = right;
            search:
            for (List<Wanted> lines : List.of(full, nameOnly)) {
                if (height(lines) > region.h() - 2 * PAD) {
                    continue;
                }
                for (boolean[] corner : new boolean[][] {{right, top}, {right, !top}, {!right, top}, {!right, !top}}) {
                    Rect candidate = box(region, lines, corner[0], corner[1]);
                    if (points.stream().noneMatch(candidate::intersects)) {
                        free = candidate;
                        chosen = lines;
                        alignRight = corner[0];
                        break search;
                    }
                }
            }
            if (free == null) {
                // Points in every corner: the name alone in the outer corner, drawn under the points.
                if (height(nameOnly) > region.h() - 2 * PAD) {
                    continue;
                }
                chosen = nameOnly;
                free = box(region, nameOnly, right, top);
            }
            titles.add(new Title(q, set(chosen, free, alignRight), free));
        }
    }

    private Rect box(Rect region, List<Wanted> lines, boolean right, boolean top) {
        double w = widest(lines);
        double h = height(lines);
        return new Rect(right ? region.maxX() - PAD - w : region.x() + PAD,
                top ? region.y() + PAD : region.maxY() - PAD - h, w, h);
    }

    private List<Line> set(List<Wanted> wanted, Rect box, boolean alignRight) {
        List<Line> lines = new ArrayList<>();
        double y = box.y();
        for (Wanted w : wanted) {
            double width = measurer.width(w.text(), face(w), size(w));
            double x = alignRight ? box.maxX() - width : box.x();
            lines.add(new Line(w.text(), face(w), size(w), x, y + measurer.ascent(face(w), size(w))));
            y += measurer.lineHeight(face(w), size(w));
        }
        return lines;
    }

    private double widest(List<Wanted> lines) {
        return lines.stream().mapToDouble(w -> measurer.width(w.text(), face(w), size(w))).max().orElse(0);
    }

    private double height(List<Wanted> lines) {
        return lines.stream().mapToDouble(w -> measurer.lineHeight(face(w), size(w))).sum();
    }

    private static FontFace face(Wanted w) {
        return w.name() ? FontFace.BOLD : FontFace.REGULAR;
    }

    private double size(Wanted w) {
        return w.name() ? nameSize : conditionSize;
    }

    /** The areas the titles cover, for the point labels to keep clear of. */
    List<Rect> boxes() {
        return titles.stream().map(Title::box).toList();
    }

    void paint(Painter p) {
        for (Title t : titles) {
            int colour = MatrixStyle.title(t.quadrant());
            for (Line l : t.lines()) {
                p.text(l.text(), l.x(), l.baseline(), l.face(), l.size(), colour);
            }
        }
    }
}
