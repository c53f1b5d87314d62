package fi.polku.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A uniform grid over card boxes so that "which cards touch this rectangle" costs only the cards near it,
 * which keeps viewport culling and rubber-band selection fast on maps of tens of thousands of cards.
 */
public final class SpatialGrid {
    private final List<CardBox> cards;
    private final double cellSize;
    private final int cols;
    private final int rows;
    private final int[][] buckets;

    public SpatialGrid(List<CardBox> cards, double width, double height, double cellSize) {
        this.cards = List.copyOf(cards);
        this.cellSize = cellSize;
        this.cols = Math.max(1, (int) Math.ceil(width / cellSize));
        this.rows = Math.max(1, (int) Math.ceil(height / cellSize));
        int[] counts = new int[cols * rows];
        forEachBucket(counts, null);
        buckets = new int[cols * rows][];
        for (int i = 0; i < counts.length; i++) {
            buckets[i] = new int[counts[i]];
        }
        forEachBucket(new int[cols * rows], buckets);
    }

    /** Counts (fill == null) or fills the card indices of every bucket a card overlaps. */
    private void forEachBucket(int[] cursor, int[][] fill) {
        for (int i = 0; i < cards.size(); i++) {
            Rect b = cards.get(i).bounds();
            int c0 = col(b.x());
            int c1 = col(b.maxX());
            int r0 = row(b.y());
            int r1 = row(b.maxY());
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int k = r * cols + c;
                    if (fill != null) {
                        fill[k][cursor[k]] = i;
                    }
                    cursor[k]++;
                }
            }
        }
    }

    private int col(double x) {
        return Math.clamp((long) Math.floor(x / cellSize), 0, cols - 1);
    }

    private int row(double y) {
        return Math.clamp((long) Math.floor(y / cellSize), 0, rows - 1);
    }

    /** Cards whose boxes intersect {@code area}, in map order. */
    public List<CardBox> query(Rect area) {
        BitSet hits = new BitSet(cards.size());
        for (int r = row(area.y()); r <= row(area.maxY()); r++) {
            for (int c = col(area.x()); c <= col(area.maxX()); c++) {
                for (int i : buckets[r * cols + c]) {
                    if (!hits.get(i) && cards.get(i).bounds().intersects(area)) {
                        hits.set(i);
                    }
                }
            }
        }
        List<CardBox> out = new ArrayList<>(hits.cardinality());
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            out.add(cards.get(i));
        }
        return out;
    }

    /** The topmost card under a point, or null. */
    public CardBox at(double x, double y) {
        if (x < 0 || y < 0) {
            return null;
        }
        CardBox hit = null;
        for (int i : buckets[row(y) * cols + col(x)]) {
            if (cards.get(i).bounds().contains(x, y)) {
                hit = cards.get(i);
            }
        }
        return hit;
    }
}
