package fi.polku.ui;

import fi.polku.text.Localization;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a switch to Finnish the window's questions have Finnish buttons, not JavaFX's English OK and
 * Cancel, and Enter and Esc still answer them; JavaFX's own formats (the date picker's month names)
 * follow the switch and return to the system's when the window speaks English again.
 */
@ExtendWith(ApplicationExtension.class)
class DialogButtonsTest {
    private static final List<String> JAVAFX_ENGLISH = List.of("Cancel", "Yes", "No", "Close", "Apply", "Finish");
    private Stage stage;
    private Locale formatsBefore;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Localization.setUi(ENGLISH);
        Messages.language();
        formatsBefore = Locale.getDefault(Locale.Category.FORMAT);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        robot.interact(() -> Localization.setUi(ENGLISH));
    }

    @Test
    void aDeletionIsConfirmedWithFinnishButtonsAndEscCancelsIt(FxRobot robot) {
        robot.interact(() -> Localization.setUi(FINNISH));
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new Dialogs(stage).confirmDeletion("Poistetaanko vaihe?", 3)));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#confirm-deletion").queryAs(DialogPane.class);
        assertThat(texts(pane)).containsExactlyInAnyOrder(Localization.text(FINNISH, "confirm.delete.ok"),
                Localization.text(FINNISH, "dialog.cancel")).doesNotContainAnyElementsOf(JAVAFX_ENGLISH);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isFalse();
    }

    @Test
    void unsavedChangesAreAskedInFinnishAndEnterSaves(FxRobot robot) {
        robot.interact(() -> Localization.setUi(FINNISH));
        AtomicReference<Dialogs.UnsavedChoice> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new Dialogs(stage).askSaveChanges("Kartta")));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(texts(pane)).containsExactlyInAnyOrder(Localization.text(FINNISH, "dialog.unsaved.save"),
                Localization.text(FINNISH, "dialog.unsaved.discard"), Localization.text(FINNISH, "dialog.cancel"))
                .doesNotContainAnyElementsOf(JAVAFX_ENGLISH);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isEqualTo(Dialogs.UnsavedChoice.SAVE);
    }

    @Test
    void anErrorIsAcknowledgedWithTheBundlesDefaultButton(FxRobot robot) {
        robot.interact(() -> Localization.setUi(FINNISH));
        Platform.runLater(() -> new Dialogs(stage).showError("Virhe", "Tallennus epäonnistui", "Levy on täynnä."));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ButtonType only = pane.getButtonTypes().getFirst();
        assertThat(pane.getButtonTypes()).hasSize(1);
        assertThat(only.getText()).isEqualTo(Localization.text(FINNISH, "dialog.ok"));
        assertThat(only.getButtonData()).isEqualTo(ButtonData.OK_DONE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void javaFxFormatsFollowTheWindowsLanguageAndComeBack(FxRobot robot) {
        robot.interact(() -> Localization.setUi(FINNISH));
        assertThat(Locale.getDefault(Locale.Category.FORMAT).getLanguage()).isEqualTo("fi");
        robot.interact(() -> Localization.setUi(ENGLISH));
        assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(formatsBefore);
    }

    private static List<String> texts(DialogPane pane) {
        return pane.getButtonTypes().stream().map(ButtonType::getText).toList();
    }
}
