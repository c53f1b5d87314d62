package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The customer's emotion along the journey with its peak-end summary: people remember the most intense
 * moment and the last one. A touchpoint's emotion is its rated emotion, or else its latest measured
 * emotion; touchpoints with neither are left out of the curve.
 *
 * @param points in reading order (stage, then lane, then order in the cell)
 * @param peak   the point with the largest |emotion| (the first of equals), or null without points
 * @param end    the last point, or null without points
 */
public record EmotionCurve(List<Point> points, Point peak, Point end) {
    public EmotionCurve {
        points = List.copyOf(points);
    }

    /** One touchpoint on the curve. */
    public record Point(Touchpoint touchpoint, double emotion) {
    }

    public static EmotionCurve of(JourneyMap map) {
        List<Point> points = new ArrayList<>();
        for (Touchpoint t : MapOrder.touchpoints(map)) {
            emotionOf(t).ifPresent(e -> points.add(new Point(t, e)));
        }
        Point peak = null;
        for (Point p : points) {
            if (peak == null || Math.abs(p.emotion()) > Math.abs(peak.emotion())) {
                peak = p;
            }
        }
        return new EmotionCurve(points, peak, points.isEmpty() ? null : points.getLast());
    }

    private static Optional<Double> emotionOf(Touchpoint t) {
        if (t.emotion() != null) {
            return Optional.of(t.emotion());
        }
        return LatestMeasurement.of(t, MetricDefinition.EMOTION).map(m -> m.value());
    }
}
