package fi.polku.render;

import fi.polku.layout.CubicSegment;
import fi.polku.layout.EmotionCurve;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;
import fi.polku.model.MapGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CurveColumnsTest {
    private static final double SCALE = 0.14;
    private static final double WIDTH = 2.5;

    private static EmotionCurve bigCurve() {
        return MapLayouter.layout(MapGenerator.generate(2_000, 8, 10, 12), Theme.standard(), FontMetricsTable.shared())
                .emotionCurves().stream().max((a, b) -> a.segments().size() - b.segments().size()).orElseThrow();
    }

    /** Lowest and highest y per screen column of the curve, sampled very finely. */
    private static TreeMap<Long, double[]> fullRanges(List<CubicSegment> segs) {
        TreeMap<Long, double[]> ranges = new TreeMap<>();
        for (CubicSegment s : segs) {
            for (int i = 0; i <= 2_000; i++) {
                double t = i / 2_000.0;
                double x = CurveColumns.at(t, s.x0(), s.c1x(), s.c2x(), s.x1());
                double y = CurveColumns.at(t, s.y0(), s.c1y(), s.c2y(), s.y1());
                double[] r = ranges.computeIfAbsent((long) Math.floor(x * SCALE), k -> new double[] {y, y});
                r[0] = Math.min(r[0], y);
                r[1] = Math.max(r[1], y);
            }
        }
        return ranges;
    }

    @Test
    void eachBarSpansTheFullCurvesYRangeInItsPixelColumn() {
        EmotionCurve curve = bigCurve();
        Rect all = curve.plot().inset(-10);
        assertThat(CurveColumns.dense(curve.segments(), all, SCALE)).isTrue();
        List<Rect> bars = CurveColumns.bars(curve.segments(), all, SCALE, WIDTH);
        TreeMap<Long, double[]> full = fullRanges(curve.segments());
        assertThat(bars).hasSize(full.size());
        for (Rect bar : bars) {
            long col = Math.round(bar.x() * SCALE);
            assertThat(bar.x() * SCALE).isCloseTo(col, within(1e-9));
            assertThat(bar.w() * SCALE).isCloseTo(1, within(1e-9));
            double[] r = full.get(col);
            assertThat(r).as("column %d", col).isNotNull();
            double top = bar.y() + WIDTH / 2;
            double bottom = bar.maxY() - WIDTH / 2;
            // The sampling of the reference is finite: a few hundredths of a pixel.
            assertThat(top).as("top of column %d", col).isCloseTo(r[0], within(0.03 / SCALE));
            assertThat(bottom).as("bottom of column %d", col).isCloseTo(r[1], within(0.03 / SCALE));
        }
    }

    @Test
    void aBumpBetweenTwoPointsKeepsItsHeightAndOnlyVisiblePiecesCount() {
        // Both ends at y 50, but the piece rises to about 35 and falls to about 65 within one column.
        List<CubicSegment> segs = List.of(new CubicSegment(0, 50, 1, 20, 2, 80, 3, 50),
                new CubicSegment(3, 50, 4, 50, 5, 50, 6, 50),
                new CubicSegment(5_000, 500, 5_001, 500, 5_002, 500, 5_003, 500));
        List<Rect> bars = CurveColumns.bars(segs, new Rect(-10, 0, 100, 100), SCALE, 0);
        assertThat(bars).hasSize(1);
        assertThat(bars.getFirst().y()).isCloseTo(50 - 30 * Math.sqrt(3) / 6 * 1.0, within(3.0));
        assertThat(bars.getFirst().y()).isLessThan(45);
        assertThat(bars.getFirst().maxY()).isGreaterThan(55);
    }

    @Test
    void aSparseCurveIsNotDense() {
        List<CubicSegment> segs = List.of(new CubicSegment(0, 50, 300, 0, 700, 100, 1_000, 50),
                new CubicSegment(1_000, 50, 1_300, 0, 1_700, 100, 2_000, 50));
        assertThat(CurveColumns.dense(segs, new Rect(0, 0, 2_000, 100), SCALE)).isFalse();
        assertThat(CurveColumns.dense(segs, new Rect(5_000, 0, 100, 100), SCALE)).isFalse();
    }
}
