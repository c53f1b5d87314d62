package fi.polku.render.present;

import fi.polku.io.MapFiles;
import fi.polku.layout.Palette;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.render.Picture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slides as a room sees them on a 1920 × 1080 projector: the store-bus map (in Finnish) whole, each
 * stage spotlit and the analysis charts, every title at least 32 px, in the map's language.
 */
class SlidePicturesTest {
    private static final double W = 1920;
    private static final double H = 1080;
    private static JourneyMap storeBus;

    @BeforeAll
    static void load() throws Exception {
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
    }

    private static ScreenPainter paint(Picture picture) {
        ScreenPainter p = new ScreenPainter();
        picture.paint(p);
        assertThat(p.balanced()).as("pushes and pops balance").isTrue();
        return p;
    }

    @Test
    void everySlideHasATitleOfAtLeast32PixelsInTheMapsLanguage() {
        SlidePictures pictures = new SlidePictures(storeBus, Theme.standard(), W, H);
        List<String> titles = SlideList.all(storeBus).stream().map(slide -> {
            ScreenPainter p = paint(pictures.of(slide));
            assertThat(p.title().px()).as("title of %s", slide.id()).isGreaterThanOrEqualTo(32);
            assertThat(p.largestText()).isGreaterThanOrEqualTo(p.title().px());
            return p.title().text();
        }).toList();

        assertThat(titles).containsExactly("Tavaratalon asiakasbussi", "Ennen matkaa", "Bussimatka",
                "Tavaratalossa", "Paluu ja jälkeen", "Tärkeys ja tulos: kaikki mitatut kosketuspisteet",
                "Tärkeimmät kehityskohteet: CSAT", "Kokonaistulos: CSAT", "Tunnekäyrä",
                "Mahdollisuuksien arvo vuodessa");
    }

    @Test
    void theMapSlideSaysHowManyStagesAndTouchpointsAndAStageSlideWhichStageItIs() {
        SlidePictures pictures = new SlidePictures(storeBus, Theme.standard(), W, H);

        assertThat(paint(pictures.of(Slide.of(Slide.Kind.MAP))).texts).extracting(ScreenPainter.ScreenText::text)
                .contains("4 vaihetta · 17 kosketuspistettä");
        assertThat(paint(pictures.of(Slide.stage("s2"))).texts).extracting(ScreenPainter.ScreenText::text)
                .contains("Vaihe 2/4");
        SlidePictures english = new SlidePictures(storeBus.withLanguage("en"), Theme.standard(), W, H);
        assertThat(paint(english.of(Slide.stage("s2"))).texts).extracting(ScreenPainter.ScreenText::text)
                .contains("Stage 2 of 4");
    }

    @Test
    void theMapAndStageSlidesShowThePersonaDotsAndTheirKeyAsTheCanvasAndTheExportsDo() {
        SlidePictures pictures = new SlidePictures(storeBus, Theme.standard(), W, H);
        int eeva = 0xFF332288;
        int tourist = 0xFFCC6677;
        ScreenPainter whole = paint(pictures.of(Slide.of(Slide.Kind.MAP)));
        assertThat(whole.fills).contains(eeva, tourist);
        // The band names whose journey each colour marks.
        assertThat(whole.texts).extracting(ScreenPainter.ScreenText::text).contains("Eeva", "Matkailija");
        // The second stage (the bus ride) has only the tourist's cards.
        assertThat(paint(pictures.of(Slide.stage("s2"))).fills).contains(tourist);

        JourneyMap unmarked = storeBus.withTouchpoints(storeBus.touchpoints().stream()
                .map(t -> t.withPersonaIds(List.of())).toList());
        ScreenPainter plain = paint(new SlidePictures(unmarked, Theme.standard(), W, H).of(Slide.of(Slide.Kind.MAP)));
        assertThat(plain.fills).doesNotContain(eeva, tourist);
        assertThat(plain.texts).extracting(ScreenPainter.ScreenText::text).doesNotContain("Eeva", "Matkailija");
    }

    @Test
    void aStageSlideShowsItsWholeColumnAtLeastAsLargeAsTheMapSlideAndVeilsTheOthers() {
        SlidePictures pictures = new SlidePictures(storeBus, Theme.standard(), W, H);
        MapSlide whole = (MapSlide) pictures.of(Slide.of(Slide.Kind.MAP));
        for (int i = 0; i < storeBus.stages().size(); i++) {
            MapSlide stage = (MapSlide) pictures.of(Slide.stage(storeBus.stages().get(i).id()));
            Rect column = pictures.layout().stageHeaders().get(i).bounds();

            assertThat(stage.visible().x()).isLessThanOrEqualTo(column.x());
            assertThat(stage.visible().maxX()).isGreaterThanOrEqualTo(column.maxX());
            assertThat(stage.scale()).isGreaterThanOrEqualTo(whole.scale());
            // The veil over the other stages: the background, translucent.
            int veil = (0xC0 << 24) | (Theme.standard().palette().background() & 0xFFFFFF);
            assertThat(paint(stage).fills).contains(veil);
        }
        assertThat(paint(whole).fills).doesNotContain((0xC0 << 24)
                | (Theme.standard().palette().background() & 0xFFFFFF));
    }

    @Test
    void aNarrowStageOfAWideMapIsZoomedCloserThanTheWholeMap() {
        // Twelve stages: the whole map is small on the screen, one stage fills the height.
        JourneyMap wide = fi.polku.model.MapGenerator.generate(200, 12, 4, 7);
        SlidePictures pictures = new SlidePictures(wide, Theme.standard(), W, H);
        MapSlide whole = (MapSlide) pictures.of(Slide.of(Slide.Kind.MAP));
        MapSlide stage = (MapSlide) pictures.of(Slide.stage(wide.stages().get(5).id()));

        assertThat(stage.scale()).isGreaterThan(whole.scale() * 1.5);
    }

    @Test
    void theChartsFillTheScreenAndTakeTheRoomsPalette() {
        Palette dark = Palette.dark();
        Slide matrix = Slide.of(Slide.Kind.MATRIX);
        ChartSlide light = (ChartSlide) new SlidePictures(storeBus, Theme.standard(), W, H).of(matrix);
        ChartSlide inDark = (ChartSlide) new SlidePictures(storeBus, Theme.standard().withPalette(dark), W, H)
                .of(matrix);

        assertThat(light.scale()).isEqualTo(1.6);
        assertThat(light.chart().width()).isEqualTo(1200);
        assertThat(paint(light).fills.getFirst()).as("white as in the report").isEqualTo(0xFFFFFFFF);
        ScreenPainter darkPaint = paint(inDark);
        assertThat(darkPaint.fills.getFirst()).as("the dark room's background").isEqualTo(dark.background());
        assertThat(darkPaint.title().argb()).as("the title in the palette's text colour")
                .isEqualTo(0xFF000000 | PaletteColours.mix(dark.cardText(), dark.background(),
                        PaletteColours.hsl(0xFF202124)[2]));
    }
}
