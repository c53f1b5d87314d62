package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.MetricLabels;
import fi.polku.layout.TextMeasurer;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.MetricDefinition;
import fi.polku.render.Painter;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The key under the matrix, flowing into as many rows as the width needs: each metric's shape (in the
 * all-metrics matrix), the hollow mark of a small sample, the crosshair, and how many measured touchpoints
 * have no importance and so no place.
 */
final class MatrixLegend {
    static final double SIZE = 10.5;
    static final double ROW = 17;
    private static final double MARK = 14;
    private static final double SPACING = 16;

    /** One entry: a mark (a metric's shape, a hollow point or the dashed line) and its words. */
    record Item(Kind kind, int metricIndex, String text, double x, double row) {
    }

    enum Kind { METRIC, SMALL, CROSSHAIR, NOTE }

    private final List<Item> items = new ArrayList<>();
    private final int rows;
    private final TextMeasurer measurer;

    MatrixLegend(MatrixAnalysis analysis, Locale language, double width, TextMeasurer measurer) {
        this.measurer = measurer;
        List<Item> wanted = new ArrayList<>();
        List<MetricDefinition> metrics = analysis.shownMetrics();
        if (analysis.allMetrics()) {
            for (int i = 0; i < metrics.size(); i++) {
                wanted.add(new Item(Kind.METRIC, i, MetricLabels.name(metrics.get(i), language), 0, 0));
            }
        }
        boolean small = Stream.concat(analysis.plotted().stream(), analysis.withoutTarget().stream())
                .anyMatch(TouchpointRow::smallSample);
        if (small) {
            wanted.add(new Item(Kind.SMALL, 0, Localization.format(language, "matrix.legend.small",
                    MetricResult.SMALL_SAMPLE), 0, 0));
        }
        Crosshair.Position at = analysis.position();
        String importance = Formats.number(language, at.importance(), 2);
        wanted.add(new Item(Kind.CROSSHAIR, 0, analysis.crosshair() == Crosshair.TARGET
                ? Localization.format(language, "matrix.legend.crosshair.target", importance)
                : Localization.format(language, "matrix.legend.crosshair", importance,
                Formats.number(language, at.performance(), 1)), 0, 0));
        if (!analysis.withoutImportance().isEmpty()) {
            wanted.add(new Item(Kind.NOTE, 0, Localization.format(language, "matrix.unplotted",
                    analysis.withoutImportance().size()), 0, 0));
        }
        double x = 0;
        int row = 0;
        for (Item item : wanted) {
            double w = width(item);
            if (x > 0 && x + w > width) {
                x = 0;
                row++;
            }
            items.add(new Item(item.kind(), item.metricIndex(), item.text(), x, row));
            x += w + SPACING;
        }
        rows = row + 1;
    }

    private double width(Item item) {
        double mark = item.kind() == Kind.NOTE ? 0 : MARK + 4;
        return mark + measurer.width(item.text(), FontFace.REGULAR, SIZE);
    }

    double height() {
        return rows * ROW;
    }

    void paint(Painter p, double left, double top) {
        double ascent = measurer.ascent(FontFace.REGULAR, SIZE);
        for (Item item : items) {
            double x = left + item.x();
            double cy = top + item.row() * ROW + ROW / 2;
            switch (item.kind()) {
                case METRIC -> MatrixStyle.point(p, MatrixStyle.shape(item.metricIndex()), x + MARK / 2, cy, 5.5,
                        MatrixStyle.MUTED, false);
                case SMALL -> MatrixStyle.point(p, MatrixStyle.Shape.CIRCLE, x + MARK / 2, cy, 5.5, MatrixStyle.MUTED,
                        true);
                case CROSSHAIR -> {
                    p.line(x, cy, x + 5, cy, MatrixStyle.CROSSHAIR, 1.5);
                    p.line(x + 9, cy, x + MARK, cy, MatrixStyle.CROSSHAIR, 1.5);
                }
                case NOTE -> {
                }
            }
            double textX = item.kind() == Kind.NOTE ? x : x + MARK + 4;
            p.text(item.text(), textX, cy + ascent / 2 - 1, FontFace.REGULAR, SIZE, MatrixStyle.INK);
        }
    }
}
