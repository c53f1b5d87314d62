package fi.polku.ui.canvas;

import fi.polku.layout.Rect;
import fi.polku.testing.Gen;
import fi.polku.testing.Seeded;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class CanvasViewportTest {
    private static CanvasViewport bigMapView() {
        CanvasViewport v = new CanvasViewport();
        v.setViewSize(1000, 700);
        v.setContent(new Rect(0, 0, 20_000, 12_000));
        v.scrollTo(5000, 3000);
        return v;
    }

    @Test
    void zoomingKeepsTheMapPointUnderThePointer() {
        Seeded.check(300, Zoom.edgeCases(), Zoom::random, z -> {
            CanvasViewport v = bigMapView();
            double mx = v.toMapX(z.sx());
            double my = v.toMapY(z.sy());
            v.zoomAt(z.zoom(), z.sx(), z.sy());
            assertThat(v.zoom()).isEqualTo(z.zoom());
            assertThat(v.toMapX(z.sx())).isCloseTo(mx, offset(1e-6));
            assertThat(v.toMapY(z.sy())).isCloseTo(my, offset(1e-6));
        });
    }

    /** Zooming to {@code zoom} with the pointer at (sx, sy), anywhere in the 1000 x 700 view. */
    private record Zoom(double sx, double sy, double zoom) {
        static Zoom random(Gen g) {
            return new Zoom(g.decimal(0, 1000, 2), g.decimal(0, 700, 2), g.decimal(0.2, 4, 2));
        }

        static List<Zoom> edgeCases() {
            return Gen.decimalEdges(0, 1000, 2).stream().flatMap(sx -> Gen.decimalEdges(0, 700, 2).stream()
                    .flatMap(sy -> Gen.decimalEdges(0.2, 4, 2).stream().map(zoom -> new Zoom(sx, sy, zoom)))).toList();
        }
    }

    @Test
    void zoomIsClampedToTheSupportedRange() {
        CanvasViewport v = bigMapView();
        v.zoomAt(40, 10, 10);
        assertThat(v.zoom()).isEqualTo(4.0);
        v.zoomAt(0.001, 10, 10);
        assertThat(v.zoom()).isEqualTo(0.02);
    }

    @Test
    void fittingShowsAllOfAVeryLargeMap() {
        // About the size of a generated 20,000-touchpoint map, in a laptop-sized canvas.
        CanvasViewport v = new CanvasViewport();
        v.setViewSize(1000, 700);
        Rect area = new Rect(0, 0, 34_000, 26_000);
        v.setContent(area);
        v.fit(area, 4);
        assertThat(v.visibleRect().containsRect(area)).isTrue();
    }

    @Test
    void fittingShowsTheWholeAreaCentred() {
        CanvasViewport v = bigMapView();
        Rect area = new Rect(100, 200, 3000, 1000);
        v.fit(area, 4);
        Rect visible = v.visibleRect();
        assertThat(visible.containsRect(area)).isTrue();
        assertThat(visible.centerX()).isCloseTo(area.centerX(), offset(1e-6));
        assertThat(v.toScreenX(area.x())).isCloseTo(CanvasViewport.MARGIN, offset(1e-6));
    }

    @Test
    void panningStopsAtTheMapEdgePlusAMargin() {
        CanvasViewport v = bigMapView();
        v.panBy(-1_000_000, -1_000_000);
        assertThat(v.toScreenX(0)).isCloseTo(CanvasViewport.MARGIN, offset(1e-6));
        v.panBy(1_000_000, 1_000_000);
        assertThat(v.toScreenX(20_000)).isCloseTo(1000 - CanvasViewport.MARGIN, offset(1e-6));
        assertThat(v.toScreenY(12_000)).isCloseTo(700 - CanvasViewport.MARGIN, offset(1e-6));
    }

    @Test
    void revealScrollsJustEnoughToShowACard() {
        CanvasViewport v = bigMapView();
        Rect card = new Rect(7000, 3100, 200, 80);
        v.reveal(card);
        assertThat(v.visibleRect().containsRect(card)).isTrue();
        assertThat(v.toScreenX(card.maxX())).isCloseTo(1000 - CanvasViewport.MARGIN, offset(1e-6));
        assertThat(v.offsetY()).isEqualTo(3000);
    }
}
