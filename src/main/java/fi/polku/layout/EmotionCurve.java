package fi.polku.layout;

import java.util.List;

/**
 * The emotion curve of one emotion lane: a −3..+3 plot with a zero line, points and a smooth curve, and
 * beside it the intended curve (the feelings a company aims for at each touchpoint), drawn dashed.
 *
 * @param scaleLabels     "+3", "0", "−3" beside the plot
 * @param unit            pixels per emotion step, so that y = zeroY − emotion × unit
 * @param intendedPoints  the intended feeling's place of each touchpoint that has one
 * @param intendedDashes  the intended curve cut into dashes, the same in every output; null without one
 * @param feelingLabels   feeling names beside the points, where they fit without covering each other
 * @param legend          what the solid and the dashed curve are; null when there is no intended curve
 */
public record EmotionCurve(String laneId, Rect plot, double zeroY, double unit, List<EmotionPoint> points,
                           List<CubicSegment> segments, List<TextBlock> scaleLabels, List<EmotionPoint> intendedPoints,
                           PathShape intendedDashes, List<FeelingLabel> feelingLabels, CurveLegend legend) {
    public EmotionCurve {
        points = List.copyOf(points);
        segments = List.copyOf(segments);
        scaleLabels = List.copyOf(scaleLabels);
        intendedPoints = List.copyOf(intendedPoints);
        feelingLabels = List.copyOf(feelingLabels);
    }

    /** The emotion at a y coordinate, clamped to −3..+3. */
    public double emotionAt(double y) {
        return Math.max(-3, Math.min(3, (zeroY - y) / unit));
    }

    /** A feeling's name beside a point, and the box it takes (a little larger than its text). */
    public record FeelingLabel(TextBlock text, Rect box) {
    }

    /**
     * The key in the lane header: a short solid line with the word for the experienced curve, and a
     * dashed one with the word for the intended curve, each line from {@code lineX0} to {@code lineX1}.
     */
    public record CurveLegend(double lineX0, double lineX1, double experiencedY, double intendedY,
                              TextBlock experienced, TextBlock intended, PathShape intendedLine) {
    }
}
