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

    private static final String VEIL = "fill=\"#F6F7F9\" fill-opacity=\"0.55\"";

    @Test
    void ringsEachMatchAndVeilsTheFewMisses() {
        MapLayout l = MapLayouter.layout(SampleMaps.storeBus(), Theme.standard(), FontMetricsTable.shared());
        Set<String> allButOne = new java.util.HashSet<>();
        l.cards().forEach(c -> allButOne.add(c.touchpointId()));
        allButOne.remove(l.cards().getFirst().touchpointId());
        SvgPainter found = new SvgPainter(1, 1);
        new MapPainter(l).paint(found, l.bounds(), 1, Overlay.NONE.withHighlighted(allButOne));
        String svg = found.toSvg();
        assertThat(occurrences(svg, RING)).isEqualTo(allButOne.size());
        assertThat(occurrences(svg, VEIL)).isEqualTo(1);
    }

    @Test
    void veilsTheWholeViewOnceAndPaintsTheFewMatchesAgainOnTopOfIt() {
        MapLayout l = MapLayouter.layout(SampleMaps.storeBus(), Theme.standard(), FontMetricsTable.shared());
        String first = l.cards().get(0).touchpointId();
        String title = SampleMaps.storeBus().touchpoint(first).orElseThrow().title();
        SvgPainter found = new SvgPainter(1, 1);
        new MapPainter(l).paint(found, l.bounds(), 1, Overlay.NONE.withHighlighted(Set.of(first)));
        String svg = found.toSvg();
        assertThat(occurrences(svg, RING)).isEqualTo(1);
        assertThat(occurrences(svg, VEIL)).isEqualTo(1);
        // The match's title comes again after the veil, so it is drawn over it.
        int veil = svg.indexOf(VEIL);
        assertThat(svg.indexOf(title.split(" ")[0], veil)).isGreaterThan(veil);
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
