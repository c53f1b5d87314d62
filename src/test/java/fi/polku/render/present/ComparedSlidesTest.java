package fi.polku.render.present;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.io.MapFiles;
import fi.polku.layout.Theme;
import fi.polku.metrics.MapComparison;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Presenting while comparing: the map and stage slides carry the compare marks; without a comparison, none. */
class ComparedSlidesTest {
    private static List<String> texts(SlidePictures pictures, Slide slide) {
        ScreenPainter p = new ScreenPainter();
        pictures.of(slide).paint(p);
        return p.texts.stream().map(ScreenPainter.ScreenText::text).toList();
    }

    @Test
    void theMapAndStageSlidesShowTheRemovedCardAsAGhostOnlyWhileComparing() throws Exception {
        JourneyMap before = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        Touchpoint removed = before.touchpoints().get(0);
        List<Touchpoint> cards = new ArrayList<>(before.touchpoints());
        cards.remove(removed);
        JourneyMap after = before.withTouchpoints(cards);
        MapComparison c = MapComparison.of(before, after);

        SlidePictures plain = new SlidePictures(after, Theme.standard(), 1920, 1080);
        SlidePictures compared = new SlidePictures(after, Theme.standard(), 1920, 1080).compared(c);

        assertThat(texts(plain, Slide.of(Slide.Kind.MAP))).doesNotContain(removed.title());
        assertThat(texts(compared, Slide.of(Slide.Kind.MAP))).contains(removed.title());
        assertThat(texts(compared, Slide.stage(removed.stageId()))).contains(removed.title());
        assertThat(texts(plain, Slide.stage(removed.stageId()))).doesNotContain(removed.title());
    }
}
