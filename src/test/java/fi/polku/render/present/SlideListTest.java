package fi.polku.render.present;

import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order of a presentation's slides and their ids, which a map saves to leave slides out. */
class SlideListTest {
    private static final JourneyMap MAP = JourneyMap.empty("m", "Map")
            .withStages(List.of(new Stage("s1", "Before"), new Stage("s2", "During"), new Stage("s3", "After")));

    @Test
    void theMapThenEachStageThenTheAnalysis() {
        assertThat(SlideList.all(MAP)).extracting(Slide::id).containsExactly("map", "stage:s1", "stage:s2",
                "stage:s3", "matrix", "priorities", "score", "emotion", "opportunities");
    }

    @Test
    void hiddenSlidesAreLeftOutButAShowNeverHasNoSlide() {
        assertThat(SlideList.shown(MAP, List.of("stage:s2", "emotion", "stage:gone"))).extracting(Slide::id)
                .containsExactly("map", "stage:s1", "stage:s3", "matrix", "priorities", "score", "opportunities");
        List<String> everything = SlideList.all(MAP).stream().map(Slide::id).toList();
        assertThat(SlideList.shown(MAP, everything)).containsExactly(Slide.of(Slide.Kind.MAP));
    }

    @Test
    void onlyIdsOfThisMapsSlidesAreWorthSavingInSlideOrder() {
        assertThat(SlideList.known(MAP, List.of("emotion", "stage:gone", "stage:s1", "nonsense")))
                .containsExactly("stage:s1", "emotion");
    }

    @Test
    void aStageSlideAndOnlyItNamesAStage() {
        assertThat(Slide.stage("s1").id()).isEqualTo("stage:s1");
        assertThatThrownBy(() -> new Slide(Slide.Kind.MATRIX, "s1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slide(Slide.Kind.STAGE, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theChecklistNamesTheSlidesInTheLanguageAsked() {
        assertThat(SlideNames.name(Slide.stage("s2"), MAP, fi.polku.text.Localization.ENGLISH))
                .isEqualTo("Stage 2: During");
        assertThat(SlideNames.name(Slide.of(Slide.Kind.PRIORITIES), MAP, fi.polku.text.Localization.ENGLISH))
                .isEqualTo("Top 5 priorities");
        assertThat(SlideNames.name(Slide.of(Slide.Kind.PRIORITIES), MAP, fi.polku.text.Localization.FINNISH))
                .isEqualTo("5 tärkeintä kehityskohdetta");
    }
}
