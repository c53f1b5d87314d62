package fi.polku.layout;

import java.util.List;

/**
 * The emotion curve of one emotion lane: a −3..+3 plot with a zero line, points and a smooth curve.
 *
 * @param scaleLabels "+3", "0", "−3" beside the plot
 * @param unit pixels per emotion step, so that y = zeroY − emotion × unit
 */
public record EmotionCurve(String laneId, Rect plot, double zeroY, double unit, List<EmotionPoint> points,
                           List<CubicSegment> segments, List<TextBlock> scaleLabels) {
    public EmotionCurve {
        points = List.copyOf(points);
        segments = List.copyOf(segments);
        scaleLabels = List.copyOf(scaleLabels);
    }

    /** The emotion at a y coordinate, clamped to −3..+3. */
    public double emotionAt(double y) {
        return Math.max(-3, Math.min(3, (zeroY - y) / unit));
    }
}
