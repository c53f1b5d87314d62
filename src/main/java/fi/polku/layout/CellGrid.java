package fi.polku.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * How a cell's cards are arranged: a single stack for a few cards, a near-square grid in reading order
 * for many, so that a crowded cell grows both ways instead of into one very tall column.
 */
record CellGrid(List<CardLayouter.Content> cards, int columns, double[] rowHeights, double width, double height) {

    static CellGrid of(List<CardLayouter.Content> cards, Theme theme) {
        int n = cards.size();
        int cols = n <= theme.sizes().stackLimit() ? 1
                : (int) Math.min(Math.ceil((double) n / theme.sizes().stackLimit()), Math.ceil(Math.sqrt(n)));
        int rows = n == 0 ? 0 : (n + cols - 1) / cols;
        double[] rowH = new double[rows];
        for (int i = 0; i < n; i++) {
            rowH[i / cols] = Math.max(rowH[i / cols], cards.get(i).height());
        }
        double h = 0;
        for (double r : rowH) {
            h += r;
        }
        h += Math.max(0, rows - 1) * theme.sizes().cardGap();
        double w = n == 0 ? 0 : cols * theme.sizes().cardWidth() + (cols - 1) * theme.sizes().cardGap();
        return new CellGrid(cards, cols, rowH, w, h);
    }

    List<CardBox> place(CardLayouter layouter, double x0, double y0, Theme theme) {
        List<CardBox> out = new ArrayList<>(cards.size());
        double y = y0;
        for (int i = 0; i < cards.size(); i++) {
            int col = i % columns;
            if (col == 0 && i > 0) {
                y += rowHeights[i / columns - 1] + theme.sizes().cardGap();
            }
            double x = x0 + col * (theme.sizes().cardWidth() + theme.sizes().cardGap());
            out.add(layouter.place(cards.get(i), i, x, y));
        }
        return out;
    }
}
