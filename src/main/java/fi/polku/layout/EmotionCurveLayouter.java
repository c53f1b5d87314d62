package fi.polku.layout;

import fi.polku.model.Feeling;
import fi.polku.model.FeelingVocabulary;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Places the emotion points of every touchpoint with an emotion in the curve band at the bottom of each
 * emotion lane (below the lane's own cards, −3..+3 within the band), spread evenly within their stage
 * column, and joins them with a Catmull-Rom curve expressed as cubic Béziers. A touchpoint's intended
 * feeling is placed at the same x on the same axis and joined into a second, dashed curve; the feelings'
 * names go beside the points where they fit.
 */
final class EmotionCurveLayouter {
    private static final double PLOT_PAD = 18;
    private static final double DASH_ON = 7;
    private static final double DASH_OFF = 5;

    private EmotionCurveLayouter() {
    }

    /** A touchpoint's experienced emotion and intended feeling, each null when it has none. */
    private record Marks(Touchpoint touchpoint, Feeling feeling, Feeling intended) {
    }

    static List<EmotionCurve> layout(JourneyMap map, MapLayout base, TextMeasurer measurer) {
        List<EmotionCurve> out = new ArrayList<>();
        List<Lane> lanes = map.lanes();
        Locale language = Localization.ofTag(map.language());
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
            List<EmotionPoint> points = new ArrayList<>();
            List<EmotionPoint> intended = new ArrayList<>();
            Map<String, Marks> marks = new HashMap<>();
            place(map, base, language, zeroY, unit, points, intended, marks);
            PathShape dashes = DashedCurve.of(curve(intended, plot), DASH_ON, DASH_OFF);
            List<EmotionCurve.FeelingLabel> labels = FeelingLabels.place(base.theme(), measurer, plot, points, intended,
                    id -> marks.get(id).feeling(), id -> marks.get(id).intended());
            out.add(new EmotionCurve(lanes.get(li).id(), plot, zeroY, unit, points, curve(points, plot),
                    scaleLabels(base.theme(), lane, zeroY, unit, measurer), intended, dashes, labels,
                    intended.isEmpty() ? null : legend(base.theme(), lane, language)));
        }
        return out;
    }

    /**
     * Points ordered by stage, and within a stage by lane then cell order (the reading order of cards). Each
     * touchpoint with an emotion or an intended feeling has a place in its stage's column; its emotion goes
     * to {@code points} and its intended feeling to {@code intended}, both at that place's x.
     */
    private static void place(JourneyMap map, MapLayout base, Locale language, double zeroY, double unit,
                              List<EmotionPoint> points, List<EmotionPoint> intended, Map<String, Marks> marks) {
        int laneCount = base.laneHeaders().size();
        Map<String, Marks> plotted = new HashMap<>();
        for (Touchpoint t : map.touchpoints()) {
            Feeling aim = FeelingVocabulary.find(map, t.intendedFeeling(), language).orElse(null);
            if (t.emotion() != null || aim != null) {
                plotted.put(t.id(), new Marks(t, FeelingVocabulary.find(map, t.feeling(), language).orElse(null), aim));
            }
        }
        for (HeaderBox stage : base.stageHeaders()) {
            List<Marks> column = new ArrayList<>();
            for (int li = 0; li < laneCount; li++) {
                for (CardBox card : base.cell(stage.index(), li).cards()) {
                    Marks m = plotted.get(card.touchpointId());
                    if (m != null) {
                        column.add(m);
                    }
                }
            }
            Rect col = stage.bounds();
            for (int i = 0; i < column.size(); i++) {
                Marks m = column.get(i);
                double x = col.x() + col.w() * (i + 1) / (column.size() + 1);
                String id = m.touchpoint().id();
                marks.put(id, m);
                if (m.touchpoint().emotion() != null) {
                    double e = clamp(m.touchpoint().emotion());
                    points.add(new EmotionPoint(id, stage.id(), x, zeroY - e * unit, e));
                }
                if (m.intended() != null) {
                    double e = clamp(m.intended().emotion());
                    intended.add(new EmotionPoint(id, stage.id(), x, zeroY - e * unit, e));
                }
            }
        }
    }

    private static double clamp(double emotion) {
        return Math.max(-3, Math.min(3, emotion));
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

    /** The key at the foot of the lane header, left of the scale: solid "experienced", dashed "intended". */
    private static EmotionCurve.CurveLegend legend(Theme theme, Rect lane, Locale language) {
        double size = theme.sizes().smallSize();
        double x0 = lane.x() + 12;
        double x1 = x0 + 22;
        double intendedY = lane.maxY() - 14;
        double experiencedY = intendedY - size - 6;
        TextBlock experienced = new TextBlock(List.of(Localization.text(language, "curveLegend.experienced")),
                x1 + 6, CardLayouter.baselineCentred(experiencedY, FontFace.REGULAR, size), 0, FontFace.REGULAR, size,
                theme.palette().laneHeaderSubText());
        TextBlock aimed = new TextBlock(List.of(Localization.text(language, "curveLegend.intended")),
                x1 + 6, CardLayouter.baselineCentred(intendedY, FontFace.REGULAR, size), 0, FontFace.REGULAR, size,
                theme.palette().laneHeaderSubText());
        return new EmotionCurve.CurveLegend(x0, x1, experiencedY, intendedY, experienced, aimed,
                DashedCurve.line(x0, x1, intendedY, 5, 3));
    }
}
