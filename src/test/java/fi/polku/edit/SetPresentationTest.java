package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Presentation;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The choice of slides is one undo step, and choosing what is already chosen is none. */
class SetPresentationTest {
    @Test
    void theChoiceIsOneStepAndTheSameChoiceNone() {
        History history = new History(JourneyMap.empty("m", "Map"));
        history.execute(new SetPresentation(new Presentation(List.of("stage:s1", "emotion"))));
        assertThat(history.current().presentation().hiddenSlides()).containsExactly("stage:s1", "emotion");
        assertThat(history.canUndo()).isTrue();
        history.execute(new SetPresentation(new Presentation(List.of("stage:s1", "emotion"))));
        history.undo();
        assertThat(history.current().presentation()).isEqualTo(Presentation.NONE);
        assertThat(history.canUndo()).isFalse();
        assertThat(new SetPresentation(null).description().in(Localization.ENGLISH)).isEqualTo("Choose slides");
        assertThat(new SetPresentation(null).description().in(Localization.FINNISH)).isEqualTo("Valitse diat");
    }
}
