package fi.polku.layout;

import fi.polku.model.Feeling;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.MapPainter;
import fi.polku.render.svg.SvgPainter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emotion lane's second curve: intended feelings placed on the same axis and x as the experienced
 * points, cut into dashes that every output draws alike, with a key in the map's language and the
 * feelings' names beside the points where they fit.
 */
class IntendedCurveLayoutTest {
    private static MapLayout layout(JourneyMap map) {
        return MapLayouter.layout(map, Theme.standard(), FontMetricsTable.shared());
    }

    /** The store bus with every card that has an emotion aiming for "satisfied" (+2), the first felt "frustrated". */
    private static JourneyMap aimed(JourneyMap map) {
        List<Touchpoint> cards = new ArrayList<>();
        boolean first = true;
        for (Touchpoint t : map.touchpoints()) {
            if (t.emotion() != null) {
                t = t.withIntendedFeeling("satisfied");
                if (first) {
                    t = t.withFeeling("frustrated");
                    first = false;
                }
            }
            cards.add(t);
        }
        return map.withTouchpoints(cards);
    }

    @Test
    void withoutIntendedFeelingsThereIsNoSecondCurveNorKey() {
        EmotionCurve curve = layout(SampleMaps.storeBus()).emotionCurves().getFirst();
        assertThat(curve.intendedPoints()).isEmpty();
        assertThat(curve.intendedDashes()).isNull();
        assertThat(curve.legend()).isNull();
    }

    @Test
    void intendedPointsShareTheExperiencedPointsXAndSitAtTheFeelingsValue() {
        EmotionCurve curve = layout(aimed(SampleMaps.storeBus())).emotionCurves().getFirst();
        assertThat(curve.intendedPoints()).hasSameSizeAs(curve.points()).isNotEmpty();
        for (int i = 0; i < curve.points().size(); i++) {
            EmotionPoint felt = curve.points().get(i);
            EmotionPoint aim = curve.intendedPoints().get(i);
            assertThat(aim.touchpointId()).isEqualTo(felt.touchpointId());
            assertThat(aim.x()).isEqualTo(felt.x());
            assertThat(aim.emotion()).isEqualTo(2.0);
            assertThat(aim.y()).isEqualTo(curve.zeroY() - 2 * curve.unit());
        }
        assertThat(curve.intendedDashes()).isNotNull();
        long dashes = curve.intendedDashes().segments().stream().filter(s -> s instanceof PathShape.MoveTo).count();
        assertThat(dashes).as("dashes, not one line").isGreaterThan(5);
        assertThat(curve.legend().experienced().lines()).containsExactly("koettu");
        assertThat(curve.legend().intended().lines()).containsExactly("tavoiteltu");
        assertThat(curve.feelingLabels()).extracting(l -> l.text().lines().getFirst()).contains("turhautunut", "tyytyväinen");
        // A run of the same aim is named once.
        assertThat(curve.feelingLabels()).filteredOn(l -> l.text().lines().getFirst().equals("tyytyväinen")).hasSize(1);
        // Names are placed where they cover neither each other nor a point.
        FontMetricsTable fm = FontMetricsTable.shared();
        List<Rect> boxes = curve.feelingLabels().stream().map(l -> l.text()).map(t -> new Rect(t.x(),
                t.firstBaseline() - fm.ascent(t.face(), t.size()), fm.width(t.lines().getFirst(), t.face(), t.size()),
                fm.ascent(t.face(), t.size()))).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).isFalse();
            }
        }
    }

    @Test
    void anEnglishMapNamesTheKeyAndTheFeelingsInEnglish() {
        EmotionCurve curve = layout(aimed(SampleMaps.storeBus()).withLanguage("en")).emotionCurves().getFirst();
        assertThat(curve.legend().experienced().lines()).containsExactly("experienced");
        assertThat(curve.feelingLabels()).extracting(l -> l.text().lines().getFirst()).contains("frustrated");
    }

    @Test
    void theMapsOwnVocabularyPlacesTheIntendedCurve() {
        JourneyMap own = aimed(SampleMaps.storeBus()).withFeelings(List.of(new Feeling("satisfied", "rauhallinen", 1)));
        EmotionCurve curve = layout(own).emotionCurves().getFirst();
        assertThat(curve.intendedPoints()).allSatisfy(p -> assertThat(p.emotion()).isEqualTo(1.0));
        assertThat(curve.feelingLabels()).extracting(l -> l.text().lines().getFirst()).contains("rauhallinen")
                .doesNotContain("turhautunut");
    }

    @Test
    void theSvgExportDrawsTheDashedCurveAndItsKeyAsVectors() {
        MapLayout l = layout(aimed(SampleMaps.storeBus()));
        String svg = SvgPainter.render(l);
        String ink = String.format("stroke=\"#%06X\"", Theme.standard().palette().intendedCurve() & 0xFFFFFF);
        assertThat(svg).contains(ink);
        assertThat(svg).doesNotContain("<image");
        assertThat(new MapPainter(l)).isNotNull();
    }
}
