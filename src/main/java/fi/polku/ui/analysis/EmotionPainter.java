package fi.polku.ui.analysis;

import fi.polku.metrics.EmotionCurve;
import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/** Paints the emotion curve: −3..+3 against the journey's touchpoints in reading order, stages marked. */
final class EmotionPainter {
    private static final double LEFT = 56;
    private static final double RIGHT = 24;
    private static final double TOP = 20;
    private static final double BOTTOM = 40;
    private static final double RADIUS = 5;
    private static final Color POSITIVE = Color.web("#2e7d32");
    private static final Color NEGATIVE = Color.web("#c62828");
    private static final Color LINE = Color.web("#455a64");

    /** A curve point and where it was drawn. */
    record Drawn(EmotionCurve.Point point, double x, double y) {
    }

    private final List<Drawn> drawn = new ArrayList<>();

    List<Drawn> drawn() {
        return drawn;
    }

    Drawn at(double x, double y) {
        for (Drawn d : drawn) {
            if (Math.hypot(d.x() - x, d.y() - y) <= RADIUS + 5) {
                return d;
            }
        }
        return null;
    }

    void paint(GraphicsContext g, JourneyMap map, EmotionCurve curve, Drawn hovered) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        drawn.clear();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (curve == null || curve.points().isEmpty()) {
            return;
        }
        double plotW = Math.max(10, w - LEFT - RIGHT);
        double plotH = Math.max(10, h - TOP - BOTTOM);
        int n = curve.points().size();
        double step = plotW / n;
        // Shade the negative half lightly: below zero the customer is unhappy.
        g.setFill(Color.web("#fdf3f3"));
        g.fillRect(LEFT, y(0, plotH), plotW, plotH / 2);
        g.setFill(Color.web("#f1f8f1"));
        g.fillRect(LEFT, TOP, plotW, plotH / 2);
        g.setFont(Font.font("System", 11));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int e = -3; e <= 3; e++) {
            double y = Math.round(y(e, plotH)) + 0.5;
            g.setStroke(e == 0 ? Color.web("#9aa0a6") : Color.web("#e3e6ea"));
            g.setLineWidth(1);
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            g.setFill(Color.web("#6b7178"));
            g.fillText(e > 0 ? "+" + e : e < 0 ? "−" + -e : "0", LEFT - 8, y);
        }
        paintStages(g, map, curve, step, plotH);
        for (int i = 0; i < n; i++) {
            EmotionCurve.Point p = curve.points().get(i);
            drawn.add(new Drawn(p, LEFT + step * (i + 0.5), y(p.emotion(), plotH)));
        }
        g.setStroke(LINE);
        g.setLineWidth(2.5);
        g.beginPath();
        for (int i = 0; i < drawn.size(); i++) {
            if (i == 0) {
                g.moveTo(drawn.get(i).x(), drawn.get(i).y());
            } else {
                g.lineTo(drawn.get(i).x(), drawn.get(i).y());
            }
        }
        g.stroke();
        for (Drawn d : drawn) {
            boolean marked = d.point() == curve.peak() || d.point() == curve.end();
            double r = marked || d == hovered ? RADIUS + 2 : RADIUS;
            g.setFill(d.point().emotion() < 0 ? NEGATIVE : POSITIVE);
            g.fillOval(d.x() - r, d.y() - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(d.x() - r, d.y() - r, 2 * r, 2 * r);
        }
        g.setFont(Font.font("System", FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        marker(g, curve.peak(), AnalysisText.text("emotion.marker.peak"), plotH);
        if (curve.end() != curve.peak()) {
            marker(g, curve.end(), AnalysisText.text("emotion.marker.end"), plotH);
        }
    }

    private void marker(GraphicsContext g, EmotionCurve.Point p, String word, double plotH) {
        for (Drawn d : drawn) {
            if (d.point() == p) {
                boolean above = p.emotion() < 2.2;
                g.setTextBaseline(above ? VPos.BOTTOM : VPos.TOP);
                g.setFill(Color.web("#202124"));
                g.fillText(word, d.x(), above ? d.y() - RADIUS - 6 : d.y() + RADIUS + 6);
            }
        }
    }

    private void paintStages(GraphicsContext g, JourneyMap map, EmotionCurve curve, double step, double plotH) {
        g.setFont(Font.font("System", FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int start = 0;
        List<EmotionCurve.Point> points = curve.points();
        for (int i = 1; i <= points.size(); i++) {
            boolean boundary = i == points.size()
                    || !points.get(i).touchpoint().stageId().equals(points.get(start).touchpoint().stageId());
            if (!boundary) {
                continue;
            }
            double x0 = LEFT + step * start;
            double x1 = LEFT + step * i;
            if (start > 0) {
                g.setStroke(Color.web("#c4c9cf"));
                g.setLineDashes(3, 3);
                g.strokeLine(Math.round(x0) + 0.5, TOP, Math.round(x0) + 0.5, TOP + plotH);
                g.setLineDashes();
            }
            String name = map.stage(points.get(start).touchpoint().stageId()).map(Stage::name).orElse("");
            g.setFill(Color.web("#3c4043"));
            g.fillText(fit(name, x1 - x0), (x0 + x1) / 2, TOP + plotH + 8);
            start = i;
        }
    }

    /** The name shortened to about the width it has (7 px a character at this size). */
    private static String fit(String name, double width) {
        int chars = Math.max(3, (int) (width / 7));
        return name.length() <= chars ? name : name.substring(0, chars - 1) + "…";
    }

    private static double y(double emotion, double plotH) {
        return TOP + (3 - emotion) / 6 * plotH;
    }
}
