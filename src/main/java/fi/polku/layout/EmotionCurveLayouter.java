package fi.polku.layout;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the emotion points of every touchpoint with an emotion in the curve band at the bottom of each
 * emotion lane (below the lane's own cards, −3..+3 within the band), spread evenly within their stage column, and joins them with a Catmull-Rom curve expressed as cubic Béziers.
 */
final class EmotionCurveLayouter {
    private static final double PLOT_PAD = 18;

    private EmotionCurveLayouter() {
    }

    static List<EmotionCurve> layout(JourneyMap map, MapLayout base, TextMeasurer measurer) {
        List<EmotionCurve> out = new ArrayList<>();
        List<Lane> lanes = map.lanes();
        for (int li = 0; li < lanes.size(); li++) {
            if (lanes.get(li).kind() != LaneKind.EMOTION || base.stageHeaders().isEmpty()) {
                continue;
            }
            Rect lane = base.laneHeaders().get(li).bounds();
            // The curve's band is the bottom of the lane, below the row of the lane's own cards.
            double band = Math.min(lane.h(), base.theme().sizes().emotionLaneHeight());
            Rect plot = new Rect(base.theme().sizes().laneHeaderWidth(), lane.maxY() - band + PLOT_PAD,
                    base.bounds().w() - base.theme().sizes().laneHeaderWidth(), band - 2 * PLOT_PAD);
            double zeroY = plot.centerY();
            double unit = plot.h() / 6;
            List<EmotionPoint> points = points(map, base, zeroY, unit);
            out.add(new EmotionCurve(lanes.get(li).id(), plot, zeroY, unit, points, curve(points, plot),
                    scaleLabels(base.theme(), lane, zeroY, unit, measurer)));
        }
        return out;
    }

    /** Points ordered by stage, and within a stage by lane then cell order (the reading order of cards). */
    private static List<EmotionPoint> points(JourneyMap map, MapLayout base, double zeroY, double unit) {
        List<EmotionPoint> points = new ArrayList<>();
        int laneCount = base.laneHeaders().size();
        Map<String, Touchpoint> withEmotion = new HashMap<>();
        for (Touchpoint t : map.touchpoints()) {
            if (t.emotion() != null) {
                withEmotion.put(t.id(), t);
            }
        }
        for (HeaderBox stage : base.stageHeaders()) {
            List<Touchpoint> feeling = new ArrayList<>();
            for (int li = 0; li < laneCount; li++) {
                for (CardBox card : base.cell(stage.index(), li).cards()) {
                    Touchpoint t = withEmotion.get(card.touchpointId());
                    if (t != null) {
                        feeling.add(t);
                    }
                }
            }
            Rect col = stage.bounds();
            for (int i = 0; i < feeling.size(); i++) {
                double e = Math.max(-3, Math.min(3, feeling.get(i).emotion()));
                double x = col.x() + col.w() * (i + 1) / (feeling.size() + 1);
                points.add(new EmotionPoint(feeling.get(i).id(), stage.id(), x, zeroY - e * unit, e));
            }
        }
        return points;
    }

    /** Catmull-Rom through the points (ends repeated), control points kept inside the plot. */
    static List<CubicSegment> curve(List<EmotionPoint> p, Rect plot) {
        List<CubicSegment> segs = new ArrayList<>();
        for (int i = 0; i + 1 < p.size(); i++) {
            EmotionPoint p0 = p.get(Math.max(0, i - 1));
            EmotionPoint p1 = p.get(i);
            EmotionPoint p2 = p.get(i + 1);
            EmotionPoint p3 = p.get(Math.min(p.size() - 1, i + 2));
            double c1x = p1.x() + (p2.x() - p0.x()) / 6;
            double c1y = clampY(p1.y() + (p2.y() - p0.y()) / 6, plot);
            double c2x = p2.x() - (p3.x() - p1.x()) / 6;
            double c2y = clampY(p2.y() - (p3.y() - p1.y()) / 6, plot);
            segs.add(new CubicSegment(p1.x(), p1.y(), c1x, c1y, c2x, c2y, p2.x(), p2.y()));
        }
        return segs;
    }

    private static double clampY(double y, Rect plot) {
        return Math.max(plot.y(), Math.min(plot.maxY(), y));
    }

    private static List<TextBlock> scaleLabels(Theme theme, Rect lane, double zeroY, double unit, TextMeasurer m) {
        List<TextBlock> labels = new ArrayList<>();
        double size = theme.sizes().smallSize();
        String[] texts = {"+3", "0", "−3"};
        double[] ys = {zeroY - 3 * unit, zeroY, zeroY + 3 * unit};
        for (int i = 0; i < 3; i++) {
            double x = lane.maxX() - 10 - m.width(texts[i], FontFace.REGULAR, size);
            labels.add(new TextBlock(List.of(texts[i]), x, CardLayouter.baselineCentred(ys[i], FontFace.REGULAR, size),
                    0, FontFace.REGULAR, size, theme.palette().mutedText()));
        }
        return labels;
    }
}
