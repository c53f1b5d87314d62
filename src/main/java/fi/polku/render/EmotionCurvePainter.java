package fi.polku.render;

import fi.polku.layout.EmotionCurve;
import fi.polku.layout.EmotionPoint;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;

import java.util.List;

/** Paints an emotion-curve lane's plot: its frame and zero line, the curve and its points. */
final class EmotionCurvePainter {
    /** Stroke width of the emotion curve (map pixels). */
    private static final double BASE_CURVE_WIDTH = 2.5;
    /** Stroke width of the dashed intended-feeling curve. */
    private static final double INTENDED_WIDTH = 2;

    private final Theme theme;

    EmotionCurvePainter(Theme theme) {
        this.theme = theme;
    }

    void paint(Painter p, EmotionCurve curve, Rect visible, double scale, boolean detailed) {
        Rect plot = curve.plot();
        double x0 = Math.max(plot.x(), visible.x());
        double x1 = Math.min(plot.maxX(), visible.maxX());
        p.line(x0, plot.y(), x1, plot.y(), theme.palette().gridLine(), theme.sizes().lineWidth());
        p.line(x0, plot.maxY(), x1, plot.maxY(), theme.palette().gridLine(), theme.sizes().lineWidth());
        p.line(x0, curve.zeroY(), x1, curve.zeroY(), theme.palette().emotionZero(), theme.sizes().lineWidth());
        if (detailed) {
            curve.scaleLabels().forEach(t -> CardPainter.text(p, t));
        }
        if (!detailed && curveWidth() * scale < 1 && CurveColumns.dense(curve.segments(), visible, scale)) {
            // Far zoom is screen only: a big map's curve is then a sub-pixel zigzag with a piece or more per
            // pixel, and bars over each column's range show the same shape at a tenth of the cost. A line
            // w pixels wide covers about w of each pixel it crosses, hence the bars' opacity.
            int ink = theme.palette().emotionCurve();
            int alpha = (int) Math.round(((ink >>> 24) & 0xFF) * curveWidth() * scale);
            int barInk = (alpha << 24) | (ink & 0xFFFFFF);
            for (Rect r : CurveColumns.bars(curve.segments(), visible, scale, curveWidth())) {
                p.fillRect(r.x(), r.y(), r.w(), r.h(), barInk);
            }
        } else {
            PathShape path = PathShape.piecesWithin(curve.segments(), visible);
            if (path != null) {
                p.strokePath(path, theme.palette().emotionCurve(), curveWidth());
            }
        }
        if (curve.intendedDashes() != null) {
            p.strokePath(curve.intendedDashes(), theme.palette().intendedCurve(), INTENDED_WIDTH * theme.sizes().lineWidth());
        }
        // At far zoom the dots would merge into noise; the curve alone shows the shape.
        for (EmotionPoint pt : detailed ? curve.points() : List.<EmotionPoint>of()) {
            if (visible.inset(-8).contains(pt.x(), pt.y())) {
                PathShape dot = PathShape.circle(pt.x(), pt.y(), 5);
                p.fillPath(dot, theme.palette().cardFill());
                p.strokePath(dot, theme.palette().emotionCurve(), 2 * theme.sizes().lineWidth());
            }
        }
        if (detailed) {
            for (EmotionPoint pt : curve.intendedPoints()) {
                if (visible.inset(-8).contains(pt.x(), pt.y())) {
                    PathShape diamond = PathShape.polygon(pt.x(), pt.y() - 5, pt.x() + 5, pt.y(), pt.x(), pt.y() + 5,
                            pt.x() - 5, pt.y());
                    p.fillPath(diamond, theme.palette().cardFill());
                    p.strokePath(diamond, theme.palette().intendedCurve(), 1.75);
                }
            }
            // A halo of the map's background keeps a name readable where a curve runs under it.
            int halo = (0xD8 << 24) | (theme.palette().background() & 0xFFFFFF);
            for (EmotionCurve.FeelingLabel label : curve.feelingLabels()) {
                Rect b = label.box();
                p.fillRoundRect(b.x() - 2, b.y() - 1, b.w() + 4, b.h() + 2, 3, halo);
                CardPainter.text(p, label.text());
            }
            paintLegend(p, curve.legend());
        }
    }

    /** The key in the lane header: a short solid line for the experienced curve, a dashed one for the intended. */
    void paintLegend(Painter p, EmotionCurve.CurveLegend legend) {
        if (legend == null) {
            return;
        }
        p.line(legend.lineX0(), legend.experiencedY(), legend.lineX1(), legend.experiencedY(),
                theme.palette().emotionCurve(), curveWidth());
        p.strokePath(legend.intendedLine(), theme.palette().intendedCurve(), INTENDED_WIDTH * theme.sizes().lineWidth());
        CardPainter.text(p, legend.experienced());
        CardPainter.text(p, legend.intended());
    }

    /** The standard width, times the theme's line width (thicker in projector mode). */
    private double curveWidth() {
        return BASE_CURVE_WIDTH * theme.sizes().lineWidth();
    }
}
