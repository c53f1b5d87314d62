package fi.polku.edit;

import fi.polku.model.Feeling;
import fi.polku.model.FeelingVocabulary;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The map's feeling vocabulary is edited in one step, and cards keep only feelings it still has. */
class SetFeelingsTest {
    private final JourneyMap map = TouchpointCommandsTest.sample().withLanguage("fi").withTouchpoints(
            TouchpointCommandsTest.sample().touchpoints().stream().map(t -> t.id().equals("a")
                    ? t.withEmotion(-1.0).withFeeling("confused").withIntendedFeeling("relieved") : t).toList());

    @Test
    void theWholeEditIsOneStepAndDeletedFeelingsLeaveTheCardsButTheEmotionStays() {
        History h = new History(map);
        List<Feeling> own = List.of(new Feeling("confused", "ymmällään", -1), new Feeling("calm", "rauhallinen", 1));
        h.execute(SetFeelings.of(h.current(), own));
        Touchpoint a = h.current().touchpoint("a").orElseThrow();
        assertThat(h.current().feelings()).isEqualTo(own);
        assertThat(a.feeling()).isEqualTo("confused");
        assertThat(a.intendedFeeling()).as("deleted from the vocabulary").isNull();
        assertThat(a.emotion()).isEqualTo(-1.0);
        assertThat(h.undoDescription().orElseThrow().in(ENGLISH)).isEqualTo("Edit feelings");
        assertThat(h.undoDescription().orElseThrow().in(FINNISH)).isEqualTo("Muokkaa tunteita");
        h.undo();
        assertThat(h.current()).isEqualTo(map);
    }

    @Test
    void theBuiltInWordsUnchangedAreNoVocabularyOfTheMapsOwn() {
        History h = new History(map);
        h.execute(SetFeelings.of(map, FeelingVocabulary.builtIn(FINNISH)));
        assertThat(h.canUndo()).isFalse();
        assertThat(SetFeelings.of(map, FeelingVocabulary.builtIn(ENGLISH)).feelings()).hasSize(10);
    }

    @Test
    void blankOrRepeatedNamesAndValuesOffTheScaleAreRefused() {
        List<Feeling> bad = List.of(new Feeling("a", " ", 0), new Feeling("b", "Iloinen", 2),
                new Feeling("c", "iloinen", 4));
        assertThat(SetFeelings.problems(bad).stream().map(t -> t.in(ENGLISH)).toList()).containsExactly(
                "Feeling 1 has no name.", "Two feelings are named “iloinen”.",
                "The value 4 of “iloinen” is outside −3…+3.");
        assertThatThrownBy(() -> new SetFeelings(bad).apply(map)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewFeelingGetsAReadableFreeId() {
        assertThat(SetFeelings.newId("Ärtynyt", Set.of())).isEqualTo("artynyt");
        assertThat(SetFeelings.newId("Ärtynyt", Set.of("artynyt"))).isEqualTo("artynyt-2");
        assertThat(SetFeelings.newId("  ", Set.of())).isEqualTo("feeling");
    }
}
