package fi.polku.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each connection label a place on its line that covers no card and no label placed before it:
 * the middle of the line's longest straight run, else further along it or along its other runs, else
 * beside its middle.
 * Arrows that share a gutter would otherwise stack their labels on one spot, unreadable.
 */
final class LabelPlacer {
    /** Steps along a run at most this many times each way, enough to get past a column of cards. */
    private static final int MAX_STEPS = 120;
    private static final double GAP = 4;
    /** Side of the squares the placed labels are filed under, so that a test looks only at its neighbours. */
    private static final double BUCKET = 256;

    private final MapLayout base;
    private final Map<Long, List<Rect>> placed = new HashMap<>();

    LabelPlacer(MapLayout base) {
        this.base = base;
    }

    /** A {@code w} × {@code h} box for the label of the polyline {@code xy} (x,y pairs), kept as taken. */
    Rect place(double[] xy, double w, double h) {
        List<Rect> candidates = candidates(xy, w, h);
        Rect chosen = null;
        for (Rect r : candidates) {
            if (base.cardsIn(r).isEmpty()) {
                if (!overlapsPlaced(r)) {
                    chosen = r;
                    break;
                }
                if (chosen == null) {
                    chosen = r; // no card under it, but another label: better than covering a card
                }
            }
        }
        Rect box = chosen != null ? chosen : candidates.getFirst();
        forEachBucket(box, key -> placed.computeIfAbsent(key, k -> new ArrayList<>()).add(box));
        return box;
    }

    private boolean overlapsPlaced(Rect r) {
        boolean[] hit = {false};
        forEachBucket(r, key -> {
            for (Rect p : placed.getOrDefault(key, List.of())) {
                hit[0] |= p.intersects(r);
            }
        });
        return hit[0];
    }

    private static void forEachBucket(Rect r, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor(r.x() / BUCKET);
        long x1 = (long) Math.floor(r.maxX() / BUCKET);
        long y0 = (long) Math.floor(r.y() / BUCKET);
        long y1 = (long) Math.floor(r.maxY() / BUCKET);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                action.accept(x << 32 ^ (y & 0xFFFFFFFFL));
            }
        }
    }

    /**
     * On the line first: each straight run, longest first, from its middle outwards; then beside the middle
     * of the longest run.
     */
    private static List<Rect> candidates(double[] xy, double w, double h) {
        List<Integer> runs = new ArrayList<>();
        for (int i = 0; i + 3 < xy.length; i += 2) {
            runs.add(i);
        }
        runs.sort(java.util.Comparator.comparingDouble(i -> -length(xy, i)));
        List<Rect> out = new ArrayList<>();
        for (int run : runs) {
            double x0 = xy[run];
            double y0 = xy[run + 1];
            double x1 = xy[run + 2];
            double y1 = xy[run + 3];
            double mx = (x0 + x1) / 2;
            double my = (y0 + y1) / 2;
            boolean horizontal = Math.abs(y1 - y0) < Math.abs(x1 - x0);
            double half = (horizontal ? Math.abs(x1 - x0) : Math.abs(y1 - y0)) / 2;
            // Half a label at a time, so that a gap between two cards beside the line is not stepped over.
            double step = (horizontal ? w + GAP : h + GAP) / 2;
            out.add(centredAt(mx, my, w, h));
            for (int k = 1; k <= MAX_STEPS && k * step <= half; k++) {
                for (int sign : new int[] {-1, 1}) {
                    double d = sign * k * step;
                    out.add(horizontal ? centredAt(mx + d, my, w, h) : centredAt(mx, my + d, w, h));
                }
            }
        }
        int longest = runs.getFirst();
        double mx = (xy[longest] + xy[longest + 2]) / 2;
        double my = (xy[longest + 1] + xy[longest + 3]) / 2;
        out.add(new Rect(mx - w / 2, my - h - GAP, w, h));
        out.add(new Rect(mx - w / 2, my + GAP, w, h));
        out.add(new Rect(mx - w - GAP, my - h / 2, w, h));
        out.add(new Rect(mx + GAP, my - h / 2, w, h));
        return out;
    }

    private static double length(double[] xy, int i) {
        return Math.hypot(xy[i + 2] - xy[i], xy[i + 3] - xy[i + 1]);
    }

    private static Rect centredAt(double x, double y, double w, double h) {
        return new Rect(x - w / 2, y - h / 2, w, h);
    }
}
