package fi.polku.ui.inspector;

import fi.polku.model.Brand;
import fi.polku.model.JourneyMap;
import fi.polku.model.Logo;
import fi.polku.text.Localization;
import fi.polku.ui.BlankMap;
import fi.polku.ui.BrandSetting;
import fi.polku.ui.Document;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.PolkuHome;
import javafx.scene.Scene;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Brand section of the map inspector: an accent that fails the contrast rule shows why and is not
 * applied, an accepted one is one undoable step, a bad logo file is refused by name, and the brand can
 * become the default that new maps start with.
 */
@ExtendWith(ApplicationExtension.class)
class BrandInspectorTest {
    @TempDir
    static Path folder;

    private Document document;
    private MapInspectorView view;
    private PolkuHome home;
    private DocumentEditor editor;

    @Start
    void start(Stage stage) throws Exception {
        Localization.setUi(Localization.ENGLISH);
        Preferences node = Preferences.userRoot().node("fi/polku/test/brand-" + ProcessHandle.current().pid());
        node.clear();
        home = new PolkuHome(folder.resolve("home"), node);
        document = new Document(JourneyMap.empty("m", "Kartta"), null);
        editor = new DocumentEditor(document.history());
        view = new MapInspectorView(new MapInspectorViewModel(editor), home,
                new fi.polku.ui.persona.PersonasPane(document, editor).node());
        view.show(List.of(), document.current());
        document.mapProperty().addListener((o, was, now) -> view.show(List.of(), now));
        stage.setScene(new Scene(new ScrollPane(view.view()), 400, 700));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        home.preferences().removeNode();
    }

    @Test
    void aTypedAccentWithTooLittleContrastIsRefusedWithTheReasonAndAGoodOneApplied(FxRobot robot) {
        robot.clickOn("#map-brand-accent").write("#777777").type(KeyCode.ENTER);
        Label error = robot.lookup("#map-brand-accent-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("contrast 4.4:1 with white header text; at least 4.5:1 is needed");
        assertThat(document.current().brand()).isEqualTo(Brand.NONE);
        assertThat(document.history().canUndo()).isFalse();

        robot.doubleClickOn("#map-brand-accent").eraseText(7).write("1b4965").type(KeyCode.ENTER);
        assertThat(error.isVisible()).isFalse();
        assertThat(document.current().brand().accent()).isEqualTo("#1B4965");
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Change accent colour");
    }

    @Test
    void aPickedColourIsCheckedTheSameWay(FxRobot robot) {
        ColorPicker picker = robot.lookup("#map-brand-accent-picker").queryAs(ColorPicker.class);
        robot.interact(() -> picker.setValue(Color.web("#F2C14E")));
        Label error = robot.lookup("#map-brand-accent-error").queryAs(Label.class);
        assertThat(error.getText()).startsWith("contrast 1.6:1 with white header text");
        assertThat(document.current().brand().accent()).isNull();
        robot.interact(() -> picker.setValue(Color.web("#123456")));
        assertThat(error.isVisible()).isFalse();
        assertThat(document.current().brand().accent()).isEqualTo("#123456");
    }

    @Test
    void aLogoFileIsTakenOrRefusedByNameAndRemovedAsOneStep(FxRobot robot) throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "not an image");
        Path big = Files.write(folder.resolve("huge.png"), new byte[(1 << 20) + 1]);
        Path svg = folder.resolve("logo.svg");
        Files.copy(Path.of("assets/samples/logo-reitti-ja-kumppanit.svg"), svg,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Label error = robot.lookup("#map-brand-logo-error").queryAs(Label.class);

        robot.interact(() -> view.brandFields().useLogoFile(text));
        assertThat(error.getText()).isEqualTo("“notes.txt” is not a PNG or SVG image");
        robot.interact(() -> view.brandFields().useLogoFile(big));
        assertThat(error.getText()).isEqualTo("“huge.png” is 1.0 MB; a logo may be at most 1 MB");
        assertThat(document.current().brand().logo()).isNull();

        robot.interact(() -> view.brandFields().useLogoFile(svg));
        assertThat(error.isVisible()).isFalse();
        assertThat(document.current().brand().logo().mediaType()).isEqualTo(Logo.SVG);
        assertThat(robot.lookup("#map-brand-logo-preview").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Change logo");

        robot.clickOn("#map-brand-logo-remove");
        assertThat(document.current().brand().logo()).isNull();
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Remove logo");
        robot.interact(() -> editor.undo());
        assertThat(document.current().brand().logo()).isNotNull();
    }

    @Test
    void theBrandBecomesTheDefaultNewMapsStartWith(FxRobot robot) throws Exception {
        robot.clickOn("#map-brand-accent").write("#1B4965").type(KeyCode.ENTER);
        robot.clickOn("#map-brand-use-as-default");
        assertThat(robot.lookup("#map-brand-default-status").queryAs(Label.class).getText())
                .isEqualTo("New maps will start with this brand.");
        assertThat(BrandSetting.stored(home)).isEqualTo(new Brand("#1B4965", null));
        assertThat(BlankMap.create(BrandSetting.stored(home)).brand().accent()).isEqualTo("#1B4965");
    }
}
