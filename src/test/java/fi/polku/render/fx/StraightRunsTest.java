package fi.polku.render.fx;

import fi.polku.layout.PathShape;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flow lines painted with their straight runs filled look as the canvas's own stroke of the same lines:
 * the same pixels within antialiasing noise, at fractional offsets, with several lines on one gutter.
 */
@ExtendWith(ApplicationExtension.class)
class StraightRunsTest {
    private static final int W = 240;
    private static final int H = 200;
    private static final int INK = 0xFF7B8794;

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed.
    }

    /** Orthogonal lines with quarter-round corners, as the connection router makes them. */
    private static List<PathShape> flowLines() {
        return List.of(
                corneredLine(30, 10, 150, 200),
                // Two more on the same gutter, overlapping the first along most of it.
                corneredLine(30, 40, 120, 160),
                corneredLine(30, 60, 180, 220),
                corneredLine(90.4, 20, 90.6, 210),
                PathShape.builder().moveTo(200, 15).lineTo(120, 15).build());
    }

    /** Down from (x, y0) to y1, a corner of radius 8, then right to x1. */
    private static PathShape corneredLine(double x, double y0, double y1, double x1) {
        double k = 0.5523 * 8;
        return PathShape.builder().moveTo(x, y0)
                .cubicTo(x, y0 + (y1 - 8 - y0) / 3, x, y0 + 2 * (y1 - 8 - y0) / 3, x, y1 - 8)
                .cubicTo(x, y1 - 8 + k, x + 8 - k, y1, x + 8, y1)
                .cubicTo(x + 8 + (x1 - x - 8) / 3, y1, x + 8 + 2 * (x1 - x - 8) / 3, y1, x1, y1).build();
    }

    private static PixelReader paint(FxRobot robot, double dx, double dy, double scale, boolean reference) {
        AtomicReference<PixelReader> pixels = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(W, H);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.web("#F6F7F9"));
            gc.fillRect(0, 0, W, H);
            FxPainter painter = new FxPainter(gc);
            painter.pushTransform(dx, dy, scale);
            if (reference) {
                // What the canvas strokes by itself, as FxPainter did before it filled runs.
                gc.setLineCap(StrokeLineCap.ROUND);
                gc.setLineJoin(StrokeLineJoin.ROUND);
                gc.beginPath();
                for (PathShape path : flowLines()) {
                    for (PathShape.Segment s : path.segments()) {
                        switch (s) {
                            case PathShape.MoveTo m -> gc.moveTo(m.x(), m.y());
                            case PathShape.LineTo l -> gc.lineTo(l.x(), l.y());
                            case PathShape.CubicTo c -> gc.bezierCurveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
                            case PathShape.Close ignored -> gc.closePath();
                        }
                    }
                }
                gc.setStroke(Color.web("#7B8794"));
                gc.setLineWidth(1.25);
                gc.stroke();
            } else {
                painter.strokePaths(flowLines(), INK, 1.25);
            }
            painter.popTransform();
            pixels.set(canvas.snapshot(null, null).getPixelReader());
        });
        return pixels.get();
    }

    @Test
    void runsFilledAsRectanglesPaintWhatTheStrokePaints(FxRobot robot) {
        for (double[] view : new double[][] {{0, 0, 1}, {-0.3, 0.45, 1}, {0.25, -0.6, 1.5}, {3.7, 2.2, 0.5}}) {
            PixelReader expected = paint(robot, view[0], view[1], view[2], true);
            PixelReader actual = paint(robot, view[0], view[1], view[2], false);
            int inked = 0;
            int off = 0;
            long inkExpected = 0;
            long inkActual = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int e = expected.getArgb(x, y) & 0xFF;
                    int a = actual.getArgb(x, y) & 0xFF;
                    inkExpected += 0xF9 - e;
                    inkActual += 0xF9 - a;
                    if (e < 0xF0) {
                        inked++;
                    }
                    if (Math.abs(e - a) > 0x1A) {
                        off++;
                    }
                }
            }
            // Antialiasing may round a pixel here and there differently, never a line.
            assertThat(off).as("pixels off by > 10 %% at %s", java.util.Arrays.toString(view))
                    .isLessThanOrEqualTo(4);
            assertThat(inked).isGreaterThan(400);
            assertThat((double) inkActual / inkExpected).as("ink at %s", java.util.Arrays.toString(view))
                    .isBetween(0.97, 1.03);
        }
    }
}
