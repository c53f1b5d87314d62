package fi.polku.layout;

import fi.polku.model.JourneyMap;
import fi.polku.render.FontMetricsTable;
import fi.polku.text.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a map's picture carries, on screen and in exports, follow the map's language, not the window's. */
class MapLanguageLayoutTest {
    @AfterEach
    void restoreTheUiLanguage() {
        Localization.setUi(Localization.ENGLISH);
    }

    private static MapLayout layout(JourneyMap map) {
        return MapLayouter.layout(map, Theme.standard(), FontMetricsTable.shared());
    }

    private static List<String> laneLabels(MapLayout layout) {
        return layout.laneHeaders().stream().map(h -> h.subtitle().lines().getFirst()).toList();
    }

    @Test
    void aFinnishMapLabelsLanesAndCardsInFinnishUnderAnEnglishWindow() {
        Localization.setUi(Localization.ENGLISH);
        MapLayout layout = layout(SampleMaps.storeBus());
        assertThat(laneLabels(layout)).containsExactly("Kanava · Verkko", "Kanava · Myymälä", "Kanava · Puhelin",
                "Tunnekäyrä");
        CardBox kassajono = layout.card("t5");
        // Evidence is "havaittu" in Finnish, so its letter is H; the score has a decimal comma.
        assertThat(kassajono.evidenceText().lines()).containsExactly("H");
        assertThat(kassajono.badgeText().lines()).containsExactly("CES 4,2");
    }

    @Test
    void anEnglishMapLabelsLanesAndCardsInEnglishUnderAFinnishWindow() {
        Localization.setUi(Localization.FINNISH);
        MapLayout layout = layout(SampleMaps.storeBus().withLanguage("en"));
        assertThat(laneLabels(layout)).containsExactly("Channel · Web", "Channel · Store", "Channel · Phone",
                "Emotion curve");
        CardBox kassajono = layout.card("t5");
        assertThat(kassajono.evidenceText().lines()).containsExactly("O");
        assertThat(kassajono.badgeText().lines()).containsExactly("CES 4.2");
    }

    @Test
    void changingTheMapsLanguageRelabelsACachedLayout() {
        LayoutCache cache = new LayoutCache();
        JourneyMap finnish = SampleMaps.storeBus();
        MapLayouter.layout(finnish, Theme.standard(), FontMetricsTable.shared(), cache);
        MapLayout english = MapLayouter.layout(finnish.withLanguage("en"), Theme.standard(), FontMetricsTable.shared(),
                cache);
        assertThat(english.card("t5").evidenceText().lines()).containsExactly("O");
    }
}
