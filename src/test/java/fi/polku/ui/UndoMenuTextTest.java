package fi.polku.ui;

import fi.polku.text.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Undo and Redo menu texts are put into words in the user-interface language of the moment. */
class UndoMenuTextTest {
    private final Document document = new Document(TestMaps.storeBus(), null);
    private final DocumentEditor editor = new DocumentEditor(document.history());

    @AfterEach
    void backToEnglish() {
        Localization.setUi(Localization.ENGLISH);
    }

    @Test
    void changingTheLanguageRewordsTheUndoAndRedoItems() {
        Localization.setUi(Localization.ENGLISH);
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo");
        editor.moveTouchpoints(List.of("t4", "t2"), "s1", "l2", 0);
        editor.deleteTouchpoints(List.of("t3"));
        editor.undo();
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Move 2 touchpoints");
        assertThat(document.redoTextProperty().get()).isEqualTo("Redo Delete touchpoint");

        Localization.setUi(Localization.FINNISH);
        // The menu word comes from ui_fi.properties, translated elsewhere; the step's name is this layer's.
        assertThat(document.undoTextProperty().get()).endsWith("Siirrä 2 kosketuspistettä");
        assertThat(document.redoTextProperty().get()).endsWith("Poista kosketuspiste");

        Localization.setUi(Localization.ENGLISH);
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Move 2 touchpoints");
    }

    @Test
    void aBoundMenuItemTextFollowsTheLanguage() {
        javafx.beans.property.SimpleStringProperty item = new javafx.beans.property.SimpleStringProperty();
        item.bind(document.undoTextProperty());
        editor.renameTouchpoint("t3", "Kassa");
        assertThat(item.get()).isEqualTo("Undo Rename touchpoint to “Kassa”");
        Localization.setUi(Localization.FINNISH);
        assertThat(item.get()).endsWith("Muuta kosketuspisteen nimeksi ”Kassa”");
    }
}
