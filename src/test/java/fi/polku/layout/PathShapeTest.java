package fi.polku.layout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PathShapeTest {
    private static double[] points(PathShape p) {
        List<PathShape.Segment> s = p.segments();
        double[] xy = new double[2 * (s.size() - 1)];
        for (int i = 0; i < s.size() - 1; i++) {
            switch (s.get(i)) {
                case PathShape.MoveTo m -> { xy[2 * i] = m.x(); xy[2 * i + 1] = m.y(); }
                case PathShape.LineTo l -> { xy[2 * i] = l.x(); xy[2 * i + 1] = l.y(); }
                default -> throw new AssertionError("a star part is a polygon: " + s.get(i));
            }
        }
        return xy;
    }

    /** Shoelace area of a polygon's x,y pairs. */
    private static double area(double[] xy) {
        double a = 0;
        for (int i = 0; i < xy.length; i += 2) {
            int j = (i + 2) % xy.length;
            a += xy[i] * xy[j + 1] - xy[j] * xy[i + 1];
        }
        return Math.abs(a) / 2;
    }

    @Test
    void thePartOfAStarLeftOfALineIsAPolygonThatStopsAtTheLine() {
        double full = area(points(PathShape.star(50, 50, 10)));
        PathShape half = PathShape.starLeftOf(50, 50, 10, 50);
        double[] xy = points(half);
        for (int i = 0; i < xy.length; i += 2) {
            assertThat(xy[i]).isLessThanOrEqualTo(50);
        }
        // The star is symmetric about its vertical axis, so the left half holds half its area.
        assertThat(area(xy)).isCloseTo(full / 2, within(full * 1e-9));
        assertThat(area(points(PathShape.starLeftOf(50, 50, 10, 61)))).isCloseTo(full, within(full * 1e-9));
        assertThat(area(points(PathShape.starLeftOf(50, 50, 10, 45)))).isStrictlyBetween(0.0, full / 2);
        assertThat(PathShape.starLeftOf(50, 50, 10, 39)).as("nothing of the star is left of it").isNull();
    }

    @Test
    void aRoundedRectangleKeepsItsCornersWithinItsBox() {
        PathShape r = PathShape.roundRect(10, 20, 100, 8, 6);
        for (PathShape.Segment s : r.segments()) {
            if (s instanceof PathShape.CubicTo c) {
                assertThat(c.x()).isBetween(10.0, 110.0);
                assertThat(c.y()).isBetween(20.0, 28.0);
                assertThat(c.c1y()).isBetween(20.0, 28.0);
            }
        }
        assertThat(r.segments().getFirst()).isEqualTo(new PathShape.MoveTo(14, 20));
    }

    @Test
    void aConnectionIsStrokedOnlyWhereItsPiecesReachTheArea() {
        List<CubicSegment> path = List.of(RoundedPolyline.straight(0, 0, 1000, 0),
                RoundedPolyline.straight(1000, 0, 1000, 1000), RoundedPolyline.straight(1000, 1000, 0, 1000));
        ConnectionArrow a = new ConnectionArrow("c", "a", "b", path, PathShape.polygon(0, 1000, 8, 996, 8, 1004),
                "", null, null);
        assertThat(a.lineWithin(new Rect(-10, -10, 2000, 2000))).isEqualTo(a.line());
        // Only the top run reaches the area: one sub-path of one piece.
        assertThat(a.lineWithin(new Rect(400, -10, 100, 100)).segments()).hasSize(2);
        // Top and bottom runs, not the right one: two sub-paths.
        PathShape both = a.lineWithin(new Rect(400, -10, 100, 1100));
        assertThat(both.segments()).hasSize(4);
        assertThat(both.segments().get(2)).isEqualTo(new PathShape.MoveTo(1000, 1000));
        assertThat(a.lineWithin(new Rect(400, 400, 100, 100))).isNull();
    }
}
