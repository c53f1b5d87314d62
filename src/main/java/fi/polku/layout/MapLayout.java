package fi.polku.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The positioned geometry of a whole journey map, in map coordinates (pixels at 100 % zoom), with hit
 * testing. Immutable; made by {@link MapLayouter}; painted by every renderer the same way.
 */
public final class MapLayout {
    private final Theme theme;
    private final Rect bounds;
    private final TextBlock mapTitle;
    private final List<HeaderBox> stageHeaders;
    private final List<HeaderBox> laneHeaders;
    private final CellBox[] cells;
    private final List<CardBox> cards;
    private final Map<String, CardBox> cardsById = new HashMap<>();
    private final List<EmotionCurve> emotionCurves;
    private final List<ConnectionArrow> connections;
    private final double[] stageEdges;
    private final double[] laneEdges;
    private SpatialGrid grid;

    MapLayout(Theme theme, Rect bounds, TextBlock mapTitle, List<HeaderBox> stageHeaders,
              List<HeaderBox> laneHeaders, CellBox[] cells, List<CardBox> cards, List<EmotionCurve> emotionCurves,
              List<ConnectionArrow> connections, double[] stageEdges, double[] laneEdges) {
        this.theme = theme;
        this.bounds = bounds;
        this.mapTitle = mapTitle;
        this.stageHeaders = List.copyOf(stageHeaders);
        this.laneHeaders = List.copyOf(laneHeaders);
        this.cells = cells.clone();
        this.cards = List.copyOf(cards);
        this.emotionCurves = List.copyOf(emotionCurves);
        this.connections = List.copyOf(connections);
        this.stageEdges = stageEdges.clone();
        this.laneEdges = laneEdges.clone();
        for (CardBox c : cards) {
            cardsById.put(c.touchpointId(), c);
        }
    }

    public Theme theme() {
        return theme;
    }

    /** The whole map, from (0,0). */
    public Rect bounds() {
        return bounds;
    }

    /** The map's title in the top-left corner box. */
    public TextBlock mapTitle() {
        return mapTitle;
    }

    public Rect cornerBox() {
        return new Rect(0, 0, theme.sizes().laneHeaderWidth(), stageHeaderHeight());
    }

    public double stageHeaderHeight() {
        return laneEdges.length > 0 ? laneEdges[0] : bounds.h();
    }

    public List<HeaderBox> stageHeaders() {
        return stageHeaders;
    }

    public List<HeaderBox> laneHeaders() {
        return laneHeaders;
    }

    /** All cells, stage by stage and within a stage lane by lane. */
    public List<CellBox> cells() {
        return Arrays.asList(cells);
    }

    /** The cell of a stage index and a lane index. */
    public CellBox cell(int stageIndex, int laneIndex) {
        return cells[stageIndex * laneHeaders.size() + laneIndex];
    }

    public List<CardBox> cards() {
        return cards;
    }

    public CardBox card(String touchpointId) {
        return cardsById.get(touchpointId);
    }

    public List<EmotionCurve> emotionCurves() {
        return emotionCurves;
    }

    public List<ConnectionArrow> connections() {
        return connections;
    }

    /** Built on first use: layouts made only to route arrows or curves never need it. */
    private synchronized SpatialGrid grid() {
        if (grid == null) {
            grid = new SpatialGrid(cards, bounds.maxX(), bounds.maxY(), 320);
        }
        return grid;
    }

    /** Cards intersecting a rectangle, via the spatial index (culling and rubber-band selection). */
    public List<CardBox> cardsIn(Rect area) {
        return grid().query(area);
    }

    /** The card under a point, or null. */
    public CardBox cardAt(double x, double y) {
        return grid().at(x, y);
    }

    /** The cell under a point (outside the headers), or null. */
    public CellBox cellAt(double x, double y) {
        int s = indexOf(stageEdges, x);
        int l = indexOf(laneEdges, y);
        return s < 0 || l < 0 ? null : cell(s, l);
    }

    /** The stage whose header is under a point, or null. */
    public HeaderBox stageHeaderAt(double x, double y) {
        int s = indexOf(stageEdges, x);
        return s >= 0 && y >= 0 && y < stageHeaderHeight() ? stageHeaders.get(s) : null;
    }

    /** The lane whose header is under a point, or null. */
    public HeaderBox laneHeaderAt(double x, double y) {
        int l = indexOf(laneEdges, y);
        return l >= 0 && x >= 0 && x < theme.sizes().laneHeaderWidth() ? laneHeaders.get(l) : null;
    }

    /** The emotion point within {@code radius} of a point, nearest first, or null. */
    public EmotionPoint emotionPointAt(double x, double y, double radius) {
        EmotionPoint best = null;
        double bestD = radius * radius;
        for (EmotionCurve curve : emotionCurves) {
            if (!curve.plot().inset(-radius).contains(x, y)) {
                continue;
            }
            for (EmotionPoint p : curve.points()) {
                double d = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
                if (d <= bestD) {
                    bestD = d;
                    best = p;
                }
            }
        }
        return best;
    }

    /** The emotion curve whose lane holds a touchpoint's point, or null. */
    public EmotionCurve curveOf(String touchpointId) {
        for (EmotionCurve curve : emotionCurves) {
            for (EmotionPoint p : curve.points()) {
                if (p.touchpointId().equals(touchpointId)) {
                    return curve;
                }
            }
        }
        return null;
    }

    /**
     * Where cards dragged to a point would land in {@code cell}: the index counts only the cell's cards
     * that are not being dragged, so it is the final position of the first dragged card.
     */
    public DropTarget dropTarget(CellBox cell, double x, double y, Set<String> dragged) {
        List<CardBox> rest = cell.cards().stream().filter(c -> !dragged.contains(c.touchpointId())).toList();
        Rect cb = cell.bounds();
        double pad = theme.sizes().cellPadding();
        if (rest.isEmpty()) {
            return new DropTarget(cell.stageId(), cell.laneId(), 0,
                    new Rect(cb.x() + pad, cb.y() + pad / 2 - 1.5, cb.w() - 2 * pad, 3));
        }
        CardBox near = rest.getFirst();
        double bestD = Double.MAX_VALUE;
        for (CardBox c : rest) {
            Rect b = c.bounds();
            double dx = Math.max(0, Math.max(b.x() - x, x - b.maxX()));
            double dy = Math.max(0, Math.max(b.y() - y, y - b.maxY()));
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                near = c;
            }
        }
        int i = rest.indexOf(near);
        Rect b = near.bounds();
        double gap = theme.sizes().cardGap();
        if (cell.columns() == 1) {
            boolean after = y > b.centerY();
            double ly = after ? b.maxY() + gap / 2 : b.y() - gap / 2;
            return new DropTarget(cell.stageId(), cell.laneId(), after ? i + 1 : i,
                    new Rect(b.x(), ly - 1.5, b.w(), 3));
        }
        boolean after = x > b.centerX();
        double lx = after ? b.maxX() + gap / 2 : b.x() - gap / 2;
        return new DropTarget(cell.stageId(), cell.laneId(), after ? i + 1 : i, new Rect(lx - 1.5, b.y(), 3, b.h()));
    }

    /** Index i with edges[i] <= v < edges[i+1], or -1. */
    private static int indexOf(double[] edges, double v) {
        if (edges.length < 2 || v < edges[0] || v >= edges[edges.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(edges, v);
        return i >= 0 ? i : -i - 2;
    }
}
