package fi.polku.metrics;

import fi.polku.model.Feeling;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;

/** The gaps between intended and experienced feelings, largest first, from the emotion or else the named feeling. */
class FeelingGapsTest {
    private static final JourneyMap MAP = JourneyMap.empty("m", "Kauppa")
            .withStages(List.of(new Stage("s1", "Osto")))
            .withLanes(List.of(new Lane("l1", "Tunne", fi.polku.model.LaneKind.EMOTION, null)))
            .withTouchpoints(List.of(
                    Touchpoint.create("a", "Haku", "s1", "l1").withEmotion(1.0).withIntendedFeeling("satisfied"),
                    Touchpoint.create("b", "Kassa", "s1", "l1").withEmotion(-2.0).withFeeling("anxious")
                            .withIntendedFeeling("delighted"),
                    Touchpoint.create("c", "Kuitti", "s1", "l1").withFeeling("frustrated").withIntendedFeeling("relieved"),
                    Touchpoint.create("d", "Bussi", "s1", "l1").withEmotion(3.0).withIntendedFeeling("relieved"),
                    Touchpoint.create("e", "Ei tavoitetta", "s1", "l1").withEmotion(-3.0),
                    Touchpoint.create("f", "Ei koettua", "s1", "l1").withIntendedFeeling("satisfied")));

    @Test
    void theLargestGapComesFirstAndEqualOnesKeepMapOrder() {
        List<FeelingGaps.Gap> gaps = FeelingGaps.of(MAP, ENGLISH);
        assertThat(gaps).extracting(g -> g.touchpoint().id()).containsExactly("b", "c", "d", "a");
        FeelingGaps.Gap kassa = gaps.getFirst();
        assertThat(kassa.experienced()).isEqualTo(-2.0);
        assertThat(kassa.feeling().name()).isEqualTo("anxious");
        assertThat(kassa.intended().name()).isEqualTo("delighted");
        assertThat(kassa.gap()).isEqualTo(-5.0);
        // No emotion: the named feeling's value is what was felt.
        assertThat(gaps.get(1).experienced()).isEqualTo(-3.0);
        assertThat(gaps.get(1).gap()).isEqualTo(-4.0);
        // Better than intended is a gap too, positive.
        assertThat(gaps.get(2).gap()).isEqualTo(2.0);
        assertThat(FeelingGaps.of(MAP, FINNISH).getFirst().intended().name()).isEqualTo("ilahtunut");
    }

    @Test
    void theMapsOwnVocabularyGivesTheValues() {
        JourneyMap own = MAP.withFeelings(List.of(new Feeling("satisfied", "tyytyväinen", 1),
                new Feeling("delighted", "ihastunut", 3)));
        assertThat(FeelingGaps.of(own, ENGLISH)).extracting(g -> g.touchpoint().id()).containsExactly("b", "a");
        assertThat(FeelingGaps.of(own, ENGLISH).get(1).gap()).isEqualTo(0.0);
    }
}
