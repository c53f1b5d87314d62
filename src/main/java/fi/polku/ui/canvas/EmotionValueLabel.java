package fi.polku.ui.canvas;

import fi.polku.layout.EmotionCurve;
import fi.polku.layout.EmotionPoint;
import fi.polku.layout.FontFace;
import fi.polku.layout.MapLayout;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.fx.FxFonts;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import javafx.scene.canvas.GraphicsContext;
import fi.polku.render.fx.FxPainter;

/** The value shown beside an emotion point while it is dragged, e.g. "+1.5", in screen pixels. */
final class EmotionValueLabel {
    private static final double SIZE = 12;

    private EmotionValueLabel() {
    }

    static void paint(GraphicsContext gc, MapLayout layout, CanvasViewport viewport, String touchpointId) {
        if (touchpointId == null) {
            return;
        }
        for (EmotionCurve curve : layout.emotionCurves()) {
            for (EmotionPoint p : curve.points()) {
                if (p.touchpointId().equals(touchpointId)) {
                    String text = format(p.emotion());
                    double w = FontMetricsTable.shared().width(text, FontFace.BOLD, SIZE) + 12;
                    double x = viewport.toScreenX(p.x()) + 12;
                    double y = viewport.toScreenY(p.y()) - 12;
                    // The card colours swapped: dark on a light map, light on a dark one.
                    gc.setFill(FxPainter.colourOf(layout.theme().palette().cardText()));
                    gc.fillRoundRect(x, y - 15, w, 20, 10, 10);
                    gc.setFont(FxFonts.font(FontFace.BOLD, SIZE));
                    gc.setFill(FxPainter.colourOf(layout.theme().palette().cardFill()));
                    gc.fillText(text, x + 6, y);
                }
            }
        }
    }

    /** Signed, with a true minus sign, and a half only when there is one: "+2", "−1.5" ("−1,5" in Finnish), "0". */
    static String format(double e) {
        double a = Math.abs(e);
        // Feedback for the person dragging, so in the window's language: "+1,5" in Finnish.
        String digits = Formats.number(Localization.ui(), a, 2);
        return (e > 0 ? "+" : e < 0 ? "−" : "") + digits;
    }
}
