package fi.polku.render;

import fi.polku.layout.SampleMaps;
import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.Theme;
import fi.polku.render.svg.SvgPainter;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A find's matches are ringed in their own colour and the other cards veiled, on screen only. */
class FindHighlightPaintTest {
    private static final String RING = "stroke=\"#F0B400\"";

    @Test
    void ringsEachMatchAndVeilsTheRest() {
        MapLayout l = MapLayouter.layout(SampleMaps.storeBus(), Theme.standard(), FontMetricsTable.shared());
        String first = l.cards().get(0).touchpointId();
        String second = l.cards().get(1).touchpointId();
        SvgPainter found = new SvgPainter(1, 1);
        new MapPainter(l).paint(found, l.bounds(), 1, Overlay.NONE.withHighlighted(Set.of(first, second)));
        String svg = found.toSvg();
        assertThat(occurrences(svg, RING)).isEqualTo(2);
        // The veil is the background colour, translucent, once over every card that did not match.
        String veil = "fill=\"#F6F7F9\" fill-opacity=\"0.55\"";
        assertThat(occurrences(svg, veil)).isEqualTo(l.cards().size() - 2);
    }

    @Test
    void withoutAFindNothingIsRingedOrVeiled() {
        MapLayout l = MapLayouter.layout(SampleMaps.storeBus(), Theme.standard(), FontMetricsTable.shared());
        SvgPainter plain = new SvgPainter(1, 1);
        new MapPainter(l).paint(plain, l.bounds(), 1, Overlay.NONE);
        assertThat(plain.toSvg()).doesNotContain(RING);
        assertThat(SvgPainter.render(l)).doesNotContain(RING);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
