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
 * important"), in the quadrant's outer corner, wrapped to the quadrant's width; left out where a quadrant
 * is too small to hold it, never drawn over another.
 */
final class QuadrantTitles {
    private static final double NAME_SIZE = 12.5;
    private static final double CONDITION_SIZE = 10;
    private static final double PAD = 8;

    private record Line(String text, FontFace face, double size, double x, double baseline) {
    }

    private record Title(Quadrant quadrant, List<Line> lines, Rect box) {
    }

    private final List<Title> titles = new ArrayList<>();
    private boolean alignRight;

    QuadrantTitles(Crosshair crosshair, Locale language, Rect plot, double cx, double cy, List<Rect> points,
                   TextMeasurer measurer) {
        TextWrapper wrapper = new TextWrapper(measurer);
        for (Quadrant q : Quadrant.values()) {
            boolean right = q == Quadrant.CONCENTRATE_HERE || q == Quadrant.KEEP_UP_THE_GOOD_WORK;
            boolean top = !q.performingPoorly();
            alignRight = right;
            Rect region = Rect.spanning(right ? cx : plot.x(), top ? plot.y() : cy, right ? plot.maxX() : cx,
                    top ? cy : plot.maxY());
            double room = region.w() - 2 * PAD;
            if (room < 40) {
                continue;
            }
            List<String[]> wanted = new ArrayList<>();
            for (String s : wrapper.wrap(q.text().in(language), FontFace.BOLD, NAME_SIZE, room, 2)) {
                wanted.add(new String[] {s, "name"});
            }
            for (String s : wrapper.wrap(q.condition(crosshair).in(language), FontFace.REGULAR, CONDITION_SIZE, room, 2)) {
                wanted.add(new String[] {s, "condition"});
            }
            double height = 0;
            for (String[] w : wanted) {
                height += lineHeight(w, measurer);
            }
            while (!wanted.isEmpty() && height > region.h() - 2 * PAD) {
                height -= lineHeight(wanted.removeLast(), measurer);
            }
            if (wanted.isEmpty()) {
                continue;
            }
            double widest = 0;
            for (String[] w : wanted) {
                widest = Math.max(widest, measurer.width(w[0], face(w), size(w)));
            }
            // The outer corner first; where points lie under it, another corner of the quadrant.
            Rect box = null;
            for (boolean[] corner : new boolean[][] {{right, top}, {right, !top}, {!right, top}, {!right, !top}}) {
                Rect candidate = new Rect(corner[0] ? region.maxX() - PAD - widest : region.x() + PAD,
                        corner[1] ? region.y() + PAD : region.maxY() - PAD - height, widest, height);
                if (box == null) {
                    box = candidate;
                }
                if (points.stream().noneMatch(candidate::intersects)) {
                    box = candidate;
                    alignRight = corner[0];
                    break;
                }
            }
            List<Line> lines = new ArrayList<>();
            double y = box.y();
            for (String[] w : wanted) {
                double width = measurer.width(w[0], face(w), size(w));
                double x = alignRight ? box.maxX() - width : box.x();
                lines.add(new Line(w[0], face(w), size(w), x, y + measurer.ascent(face(w), size(w))));
                y += lineHeight(w, measurer);
            }
            titles.add(new Title(q, lines, box));
        }
    }

    private static FontFace face(String[] line) {
        return line[1].equals("name") ? FontFace.BOLD : FontFace.REGULAR;
    }

    private static double size(String[] line) {
        return line[1].equals("name") ? NAME_SIZE : CONDITION_SIZE;
    }

    private static double lineHeight(String[] line, TextMeasurer measurer) {
        return line[1].equals("name") ? measurer.lineHeight(FontFace.BOLD, NAME_SIZE)
                : measurer.lineHeight(FontFace.REGULAR, CONDITION_SIZE);
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
