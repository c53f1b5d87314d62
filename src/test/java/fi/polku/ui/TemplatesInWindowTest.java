package fi.polku.ui;

import fi.polku.io.template.TemplateLibrary;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.text.Localization;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** File → New from Template opens a template as a new untitled map; Save as Template adds one to the gallery. */
@ExtendWith(ApplicationExtension.class)
class TemplatesInWindowTest {
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
        PolkuHome home = WindowTestSupport.home(folder.resolve("home"));
        robot.interact(() -> window = WindowTestSupport.open(stage, home, TestMaps.storeBus()));
    }

    private void openGallery(FxRobot robot) throws Exception {
        Platform.runLater(() -> WindowTestSupport.menuItem(robot, "newFromTemplate").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#template-gallery").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTemplateChosenInTheGalleryOpensAsANewUntitledMapWithItsStagesAndLanes(FxRobot robot) throws Exception {
        openGallery(robot);
        Pane builtIn = robot.lookup("#template-built-in-tiles").queryAs(Pane.class);
        assertThat(builtIn.getChildren()).hasSize(TemplateLibrary.BUILT_IN.size());
        assertThat(robot.lookup("#template-user-none").queryAs(Label.class).isVisible()).isTrue();
        JourneyMap template = TemplateLibrary.builtIn(Locale.ENGLISH).get(1).map();
        assertThat(template.title()).isEqualTo("Car dealership visit");
        // The pictures are painted in the background and come in soon after the gallery opens.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".template-picture").queryAll().stream()
                .allMatch(p -> ((javafx.scene.layout.StackPane) p).getChildren().getFirst()
                        instanceof javafx.scene.image.ImageView v && v.getImage() != null));

        robot.doubleClickOn("#template-car-dealership");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#template-gallery").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap opened = window.canvas().getMap();
        assertThat(opened.stages().stream().map(Stage::name)).containsExactlyElementsOf(
                template.stages().stream().map(Stage::name).toList());
        assertThat(opened.lanes().stream().map(Lane::name)).containsExactlyElementsOf(
                template.lanes().stream().map(Lane::name).toList());
        assertThat(opened.touchpoints()).isEqualTo(template.touchpoints());
        assertThat(opened.id()).isNotEqualTo(template.id());
        assertThat(opened.created()).isNotNull().isEqualTo(opened.modified());
        assertThat(window.document().file()).isEmpty();
        assertThat(window.document().isDirty()).isFalse();
    }

    @Test
    void inTheFinnishWindowTheGalleryOffersTheFinnishTemplates(FxRobot robot) throws Exception {
        robot.interact(() -> Localization.setUi(Localization.FINNISH));
        try {
            openGallery(robot);
            assertThat(robot.lookup("#template-retail-purchase .template-name").queryAs(Label.class).getText())
                    .isEqualTo("Ostos myymälässä");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.canvas().getMap().language()).isEqualTo("fi");
            assertThat(window.canvas().getMap().stages().getFirst().name()).isEqualTo("Tarve herää");
        } finally {
            robot.interact(() -> Localization.setUi(Localization.ENGLISH));
        }
    }

    @Test
    void enterOpensTheSelectedTemplateAfterTheUnsavedChangesQuestion(FxRobot robot) throws Exception {
        robot.interact(() -> window.editor().renameTouchpoint("t1", "Edited"));
        openGallery(robot);
        robot.clickOn("#template-retail-purchase");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#template-gallery").tryQuery()).isEmpty();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.canvas().getMap().title()).isEqualTo("Bank or insurance service");
        assertThat(window.document().file()).isEmpty();
    }

    @Test
    void aMapSavedAsTemplateShowsInTheGalleryWithoutItsMeasurementsAndCanBeDeleted(FxRobot robot) throws Exception {
        Platform.runLater(() -> WindowTestSupport.menuItem(robot, "saveAsTemplate").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#save-template").tryQuery().isPresent());
        assertThat(robot.lookup("#template-keep-measurements").queryAs(CheckBox.class).isSelected()).isFalse();
        TextField name = robot.lookup("#template-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Bus workshop"));
        clickDefault(robot, "#save-template");
        Path saved = folder.resolve("home").resolve("templates").resolve("Bus workshop.polku.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        JourneyMap template = fi.polku.io.MapFiles.load(saved);
        assertThat(template.title()).isEqualTo("Bus workshop");
        assertThat(template.touchpoints()).allMatch(t -> t.measurements().isEmpty() && t.targets().isEmpty());
        assertThat(template.stages()).isEqualTo(window.document().current().stages());

        openGallery(robot);
        Pane own = robot.lookup("#template-user-tiles").queryAs(Pane.class);
        assertThat(own.getChildren()).hasSize(1);
        assertThat(robot.lookup(".template-name").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Bus workshop");

        // End selects the last tile, the user's own below the built-in ones, and scrolls it into view.
        robot.type(KeyCode.END);
        robot.clickOn("#template-delete-Bus_workshop");
        WaitForAsyncUtils.waitForFxEvents();
        clickDefault(robot, "#confirm-template-deletion");
        assertThat(saved).doesNotExist();
        assertThat(own.getChildren()).isEmpty();
        assertThat(robot.lookup("#template-user-none").queryAs(Label.class).isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void savingUnderATakenNameAsksBeforeReplacing(FxRobot robot) throws Exception {
        Path saved = folder.resolve("home").resolve("templates").resolve("Bus workshop.polku.json");
        saveAsTemplate(robot, "Bus workshop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        robot.interact(() -> window.editor().renameTouchpoint("t1", "Changed before the second save"));

        saveAsTemplate(robot, "Bus workshop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#confirm-template-replace").tryQuery().isPresent());
        clickDefault(robot, "#confirm-template-replace");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fi.polku.io.MapFiles.load(saved).touchpoints()
                .getFirst().title().equals("Changed before the second save"));
    }

    private void saveAsTemplate(FxRobot robot, String name) throws Exception {
        Platform.runLater(() -> WindowTestSupport.menuItem(robot, "saveAsTemplate").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#save-template").tryQuery().isPresent());
        TextField field = robot.lookup("#template-name").queryAs(TextField.class);
        robot.interact(() -> field.setText(name));
        clickDefault(robot, "#save-template");
    }

    private static void clickDefault(FxRobot robot, String dialogId) {
        DialogPane pane = robot.lookup(dialogId).queryAs(DialogPane.class);
        robot.clickOn((Node) pane.getButtonTypes().stream().map(pane::lookupButton)
                .filter(b -> ((Button) b).isDefaultButton()).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
