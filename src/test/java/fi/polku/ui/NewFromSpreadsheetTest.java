package fi.polku.ui;

import fi.polku.io.sheet.TouchpointField;
import fi.polku.io.sheet.TouchpointSheetFixtures;
import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.text.Localization;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** File → New from Spreadsheet: the preview shows what will be made, and Create opens it as a new map. */
@ExtendWith(ApplicationExtension.class)
class NewFromSpreadsheetTest {
    @TempDir
    Path folder;
    private MainWindow window;
    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWindow(FxRobot robot) {
        robot.interact(() -> window = WindowTestSupport.open(stage, WindowTestSupport.home(folder.resolve("home")),
                TestMaps.storeBus()));
    }

    private static <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    private static void awaitRead(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#sheet-status").tryQuery().isPresent()
                && !robot.lookup("#sheet-status").queryAs(Label.class).getText().startsWith("Reading"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFinnishWorkbookIsPreviewedAndCreatedAsANewUnsavedMap(FxRobot robot) throws Exception {
        assertThat(WindowTestSupport.menuItem(robot, "newFromSheet").getText()).isEqualTo("New from Spreadsheet…");
        String before = window.document().current().id();
        robot.interact(() -> window.editor().renameTouchpoint("t1", "Bus with catalogue"));
        Path workbook = TouchpointSheetFixtures.finnishWorkbook(folder);

        // The current map has unsaved changes: they are asked about first, as File → New does.
        Platform.runLater(() -> window.files().newFromSpreadsheet(workbook));
        // Visible as the click sees it (laid out inside its shown window), not only not hidden: the dialog's
        // button is found a pulse before its window has a size.
        String discard = Localization.text(Localization.ENGLISH, "dialog.unsaved.discard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(discard).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(robot.lookup(discard).match(NodeQueryUtils.isVisible()).<Node>query());
        awaitRead(robot);

        // The first sheet holds instructions only: no columns are found there.
        Button create = find(robot, "#sheet-create", Button.class);
        assertThat(create.isDisabled()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<String> problems = find(robot, "#sheet-problems", ListView.class);
        assertThat(problems.getItems()).first().asString().startsWith("kosketuspisteet.xlsx: no column for the stage");

        @SuppressWarnings("unchecked")
        ComboBox<String> sheet = find(robot, "#sheet-sheet", ComboBox.class);
        assertThat(sheet.getItems()).containsExactly("Ohje", "Polku");
        robot.interact(() -> sheet.setValue("Polku"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !create.isDisabled());

        @SuppressWarnings("unchecked")
        ListView<String> stages = find(robot, "#sheet-stages", ListView.class);
        assertThat(stages.getItems()).containsExactly("Ennen ostoa", "Matka", "Ostos", "Oston jälkeen", "Palaute");
        @SuppressWarnings("unchecked")
        ListView<String> lanes = find(robot, "#sheet-lanes", ListView.class);
        assertThat(lanes.getItems()).startsWith("Verkkosivut · Web", "Sosiaalinen media · Social media", "Bussi · Other")
                .endsWith("Tunne · Emotion curve");
        assertThat(find(robot, "#sheet-rows", TableView.class).getItems()).hasSize(8);
        assertThat(find(robot, "#sheet-summary", Label.class).getText())
                .isEqualTo("8 touchpoints, 5 stages and 9 lanes; map language: Finnish");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> owner = find(robot, "#sheet-column-owner", ComboBox.class);
        assertThat(owner.getValue()).isEqualTo(6);
        assertThat(problems.isVisible()).isFalse();

        robot.clickOn(create);
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap made = window.document().current();
        assertThat(made.id()).isNotEqualTo(before);
        assertThat(made.title()).isEqualTo("kosketuspisteet");
        assertThat(made.language()).isEqualTo("fi");
        assertThat(made.stages().stream().map(Stage::name).toList())
                .containsExactly("Ennen ostoa", "Matka", "Ostos", "Oston jälkeen", "Palaute");
        assertThat(made.touchpoints()).hasSize(8);
        assertThat(window.document().file()).isEmpty();
        assertThat(window.document().isDirty()).isTrue();
        assertThat(window.document().canUndoProperty().get()).isFalse();
    }

    @Test
    void rowErrorsAreShownWithTheirPlaceAndAnotherColumnChoiceClearsThem(FxRobot robot) throws Exception {
        Path csv = folder.resolve("virheet.csv");
        Files.writeString(csv, """
                Vaihe;Kanava;Kosketuspiste;Tärkeys;Arvio
                Ennen;Verkkosivut;Löytää sivun;korkea;4
                Osto;Myymälä;Kassajono;6;2
                """);
        robot.interact(() -> window.files().newFromSpreadsheet(csv));
        awaitRead(robot);

        Button create = find(robot, "#sheet-create", Button.class);
        assertThat(create.isDisabled()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<String> problems = find(robot, "#sheet-problems", ListView.class);
        assertThat(problems.getItems()).containsExactly(
                "virheet.csv, row 2, column D \"Tärkeys\": importance \"korkea\" is not a number",
                "virheet.csv, row 3, column D \"Tärkeys\": importance 6 is outside 1–5");

        // Importance is read from column E instead, where every value is in 1–5.
        @SuppressWarnings("unchecked")
        ComboBox<Integer> importance = find(robot, "#sheet-column-" + TouchpointField.IMPORTANCE.id(), ComboBox.class);
        robot.interact(() -> importance.setValue(4));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !create.isDisabled());
        assertThat(problems.isVisible()).isFalse();

        robot.clickOn(create);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().touchpoints().stream().map(t -> t.importance()).toList())
                .containsExactly(4.0, 2.0);
    }
}
