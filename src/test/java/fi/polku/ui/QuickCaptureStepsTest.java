package fi.polku.ui;

import fi.polku.edit.History;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;

/** The undo steps of quick capture: one per typed card, named after it; one for a pasted list. */
class QuickCaptureStepsTest {
    private final History history = new History(TestMaps.storeBus());
    private final DocumentEditor editor = new DocumentEditor(history);

    private List<String> titlesIn(String stage, String lane) {
        return history.current().touchpoints().stream().filter(t -> t.isIn(stage, lane)).map(Touchpoint::title)
                .toList();
    }

    @Test
    void eachTypedCardIsAStepNamedAfterItAtTheEndOfItsCell() {
        String first = editor.addTouchpoint("s2", "l2", "Jono kassalle");
        editor.addTouchpoint("s2", "l2", "Ostoskärryt loppu");
        assertThat(titlesIn("s2", "l2")).containsExactly("Checkout", "Jono kassalle", "Ostoskärryt loppu");
        assertThat(history.current().touchpoint(first)).isPresent();
        assertThat(history.undoDescription().map(t -> t.in(ENGLISH))).contains("Add touchpoint “Ostoskärryt loppu”");
        assertThat(history.undoDescription().map(t -> t.in(FINNISH))).contains("Lisää kosketuspiste ”Ostoskärryt loppu”");
        editor.undo();
        assertThat(titlesIn("s2", "l2")).containsExactly("Checkout", "Jono kassalle");
    }

    @Test
    void aPastedListIsOneStepInLineOrder() {
        JourneyMap before = history.current();
        List<String> ids = editor.addTouchpoints("s3", "l1", List.of("Yksi", "Kaksi", "Kolme"));
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        assertThat(titlesIn("s3", "l1")).containsExactly("Yksi", "Kaksi", "Kolme");
        assertThat(history.undoDescription().map(t -> t.in(ENGLISH))).contains("Paste 3 touchpoints");
        assertThat(history.undoDescription().map(t -> t.in(FINNISH))).contains("Liitä 3 kosketuspistettä");
        editor.undo();
        assertThat(history.current()).isEqualTo(before);
    }
}
