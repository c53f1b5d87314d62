package fi.polku.render.fx;

import fi.polku.model.Logo;
import fi.polku.render.TestLogos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** On screen a logo is drawn fitted in its box, at any zoom, with the logo's own colours where its parts are. */
@ExtendWith(ApplicationExtension.class)
class FxLogoTest {
    @Start
    void start(Stage stage) {
        // Only the toolkit is needed.
    }

    @Test
    void anSvgLogoShowsItsPartsInTheBox(FxRobot robot) {
        PixelReader px = paint(robot, TestLogos.svg(), 1);
        // The 200 × 100 logo fitted in (20, 10, 160, 160): 160 × 80 from y = 50.
        assertThat(px.getArgb(60, 90)).isEqualTo(TestLogos.GREEN);
        assertThat(px.getArgb(140, 90)).isEqualTo(TestLogos.ORANGE);
        assertThat(px.getArgb(60, 30)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aPngLogoShowsItsPixelsAlsoWhenZoomed(FxRobot robot) {
        PixelReader px = paint(robot, TestLogos.png(), 0.5);
        // At half zoom the box is (10, 5, 80, 80): the logo 80 × 40 from y = 25.
        assertThat(px.getArgb(25, 45)).isEqualTo(TestLogos.RED);
        assertThat(px.getArgb(75, 45)).isEqualTo(TestLogos.BLUE);
        assertThat(px.getArgb(50, 15)).isEqualTo(0xFFFFFFFF);
    }

    private static PixelReader paint(FxRobot robot, Logo logo, double zoom) {
        AtomicReference<PixelReader> pixels = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(200, 180);
            FxPainter p = new FxPainter(canvas.getGraphicsContext2D());
            p.fillRect(0, 0, 200, 180, 0xFFFFFFFF);
            p.pushTransform(0, 0, zoom);
            p.logo(logo, 20, 10, 160, 160);
            p.popTransform();
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            WritableImage image = canvas.snapshot(params, null);
            pixels.set(image.getPixelReader());
        });
        return pixels.get();
    }
}
