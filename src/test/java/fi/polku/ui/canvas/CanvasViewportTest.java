package fi.polku.ui.canvas;

import fi.polku.layout.Rect;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

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

    @Property(tries = 300)
    void zoomingKeepsTheMapPointUnderThePointer(@ForAll @DoubleRange(min = 0, max = 1000) double sx,
                                                @ForAll @DoubleRange(min = 0, max = 700) double sy,
                                                @ForAll @DoubleRange(min = 0.2, max = 4) double zoom) {
        CanvasViewport v = bigMapView();
        double mx = v.toMapX(sx);
        double my = v.toMapY(sy);
        v.zoomAt(zoom, sx, sy);
        assertThat(v.zoom()).isEqualTo(zoom);
        assertThat(v.toMapX(sx)).isCloseTo(mx, offset(1e-6));
        assertThat(v.toMapY(sy)).isCloseTo(my, offset(1e-6));
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
