package fi.polku.render;

import fi.polku.layout.ConnectionArrow;
import fi.polku.layout.CubicSegment;
import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;
import fi.polku.model.MapGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FlowLinesTest {
    private static final double SCALE = 0.14;
    private static final double WIDTH = 1.25;

    private static double distance(Rect r, double x, double y) {
        double dx = Math.max(0, Math.max(r.x() - x, x - r.maxX()));
        double dy = Math.max(0, Math.max(r.y() - y, y - r.maxY()));
        return Math.hypot(dx, dy);
    }

    @Test
    void theRunsFollowEachLineAndOnlyItsSubPixelCornersTurnSharp() {
        MapLayout l = MapLayouter.layout(MapGenerator.generate(2_000, 8, 10, 12), Theme.standard(),
                FontMetricsTable.shared());
        assertThat(l.connections()).hasSizeGreaterThan(50);
        for (ConnectionArrow a : l.connections()) {
            List<Rect> rects = new ArrayList<>();
            List<PathShape> rest = new ArrayList<>();
            FlowLines.add(a, l.bounds().inset(-10), SCALE, WIDTH, rects, rest);
            assertThat(rest).as("the routes run across and down only").isEmpty();
            assertThat(rects).isNotEmpty();
            List<double[]> samples = new ArrayList<>();
            for (CubicSegment s : a.path()) {
                for (int i = 0; i <= 50; i++) {
                    double t = i / 50.0;
                    samples.add(new double[] {CurveColumns.at(t, s.x0(), s.c1x(), s.c2x(), s.x1()),
                            CurveColumns.at(t, s.y0(), s.c1y(), s.c2y(), s.y1())});
                }
            }
            // A quarter round of radius 8 is at most 8 (1 − 1/√2) ≈ 2.4 from its sharp corner's runs.
            for (double[] p : samples) {
                assertThat(rects.stream().mapToDouble(r -> distance(r, p[0], p[1])).min().orElseThrow())
                        .as("line point %s,%s of %s", p[0], p[1], a.id()).isLessThan(2.5);
            }
            for (Rect r : rects) {
                assertThat(Math.min(r.w(), r.h())).isEqualTo(WIDTH);
                double cx = r.x() + r.w() / 2;
                double cy = r.y() + r.h() / 2;
                assertThat(samples.stream().mapToDouble(p -> Math.hypot(p[0] - cx, p[1] - cy)).min().orElseThrow())
                        .as("middle of a run of %s", a.id()).isLessThan(2.5);
            }
        }
    }

    @Test
    void aSlantedRunOrALargeCornerIsStrokedAsItIs() {
        CubicSegment slanted = new CubicSegment(0, 0, 10, 10, 20, 20, 30, 30);
        CubicSegment corner = new CubicSegment(100, 0, 155, 0, 200, 45, 200, 100);
        ConnectionArrow a = new ConnectionArrow("c", "a", "b", List.of(slanted, corner),
                PathShape.polygon(0, 0, 1, 1, 0, 1), "", null, null);
        List<Rect> rects = new ArrayList<>();
        List<PathShape> rest = new ArrayList<>();
        FlowLines.add(a, new Rect(-10, -10, 300, 300), SCALE, WIDTH, rects, rest);
        assertThat(rects).isEmpty();
        assertThat(rest).hasSize(2);
        assertThat(rest.get(1).segments().get(1)).isEqualTo(new PathShape.CubicTo(155, 0, 200, 45, 200, 100));

        // The same corner far enough out is under two pixels: two runs meeting at (200, 0).
        rects.clear();
        rest.clear();
        FlowLines.add(new ConnectionArrow("c", "a", "b", List.of(corner), a.head(), "", null, null),
                new Rect(-10, -10, 300, 300), 0.01, WIDTH, rects, rest);
        assertThat(rest).isEmpty();
        assertThat(rects).containsExactly(new Rect(100 - WIDTH / 2, -WIDTH / 2, 100 + WIDTH, WIDTH),
                new Rect(200 - WIDTH / 2, -WIDTH / 2, WIDTH, 100 + WIDTH));
    }
}
