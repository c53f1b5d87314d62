package fi.polku.ui.inspector;

import fi.polku.edit.History;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import fi.polku.ui.DocumentEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule between a named feeling and the emotion number: choosing a feeling sets the emotion only on a
 * card that has none yet, in the same step; an emotion already set stays. The intended feeling never
 * touches the emotion.
 */
class FeelingChoicesTest {
    private final History history = new History(JourneyMap.empty("m", "Kartta")
            .withStages(List.of(new Stage("s1", "Osto")))
            .withLanes(List.of(new Lane("l1", "Tunne", LaneKind.EMOTION, null)))
            .withTouchpoints(List.of(Touchpoint.create("t1", "Kassa", "s1", "l1"),
                    Touchpoint.create("t2", "Jono", "s1", "l1").withEmotion(1.0))));
    private final List<String> selected = new java.util.ArrayList<>();
    private final FeelingChoices choices = new FeelingChoices(new DocumentEditor(history), () -> List.copyOf(selected));

    private void select(String... ids) {
        selected.clear();
        selected.addAll(List.of(ids));
        choices.load(selected.stream().map(id -> history.current().touchpoint(id).orElseThrow()).toList(),
                history.current());
    }

    private Touchpoint card(String id) {
        return history.current().touchpoint(id).orElseThrow();
    }

    @AfterEach
    void english() {
        Localization.setUi(Localization.ENGLISH);
    }

    @Test
    void aFeelingSetsTheEmotionOnlyWhereNoneIsSetInOneStep() {
        select("t1", "t2");
        assertThat(choices.ids).startsWith("", "frustrated").contains("delighted").hasSize(11);
        choices.feeling.valueProperty().set("frustrated");
        assertThat(card("t1").feeling()).isEqualTo("frustrated");
        assertThat(card("t1").emotion()).as("unset: takes the feeling's value").isEqualTo(-3.0);
        assertThat(card("t2").feeling()).isEqualTo("frustrated");
        assertThat(card("t2").emotion()).as("set already: stays the measure").isEqualTo(1.0);
        assertThat(history.undoDescription().orElseThrow().in(Localization.ENGLISH))
                .isEqualTo("Set named feeling of 2 touchpoints");
        history.undo();
        assertThat(card("t1").feeling()).isNull();
        assertThat(card("t1").emotion()).isNull();
    }

    @Test
    void theIntendedFeelingLeavesTheEmotionAloneAndNoneClearsIt() {
        select("t1");
        choices.intended.valueProperty().set("delighted");
        assertThat(card("t1").intendedFeeling()).isEqualTo("delighted");
        assertThat(card("t1").emotion()).isNull();
        select("t1");
        choices.intended.valueProperty().set("");
        assertThat(card("t1").intendedFeeling()).isNull();
    }

    @Test
    void feelingsAreNamedInTheWindowsLanguageWithTheirValue() {
        select("t1");
        assertThat(choices.name("frustrated")).isEqualTo("frustrated (−3)");
        assertThat(choices.name("")).isEqualTo("Not named");
        Localization.setUi(Localization.FINNISH);
        assertThat(choices.name("delighted")).isEqualTo("ilahtunut (+3)");
    }
}
