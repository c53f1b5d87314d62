package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.model.Touchpoint;
import fi.polku.ui.canvas.CanvasProbe;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personas as a facilitator uses them: the filter hides the other personas' cards (a card for no one stays)
 * and the status bar's chip or Esc shows them again; cards are marked with Alt+digit and in the inspector;
 * the panel adds, renames and deletes personas, each an undo step of its own.
 */
@ExtendWith(ApplicationExtension.class)
class PersonasInWindowTest {
    @TempDir
    static Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        JourneyMap map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        List<Touchpoint> cards = new ArrayList<>();
        for (Touchpoint t : map.touchpoints()) {
            cards.add(switch (t.id()) {
                case "t14" -> t.withPersonaIds(List.of("p1"));
                case "t2", "t15" -> t.withPersonaIds(List.of("p2"));
                default -> t.withPersonaIds(List.of());
            });
        }
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), map.withTouchpoints(cards));
    }

    private JourneyMap map() {
        return window.document().current();
    }

    private List<String> personasOf(String id) {
        return map().touchpoint(id).orElseThrow().personaIds();
    }

    @Test
    void aPersonaFilterHidesTheOtherPersonasCardsUntilTheChipOrEscClearsIt(FxRobot robot) {
        CanvasProbe probe = new CanvasProbe(window.canvas());
        ChoiceBox<?> filter = robot.lookup("#inspector #persona-filter").queryAs(ChoiceBox.class);
        // The first choice is "Every persona", then the map's personas in order.
        robot.interact(() -> filter.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.state().personaFilter().persona()).isEqualTo("p1");
        assertThat(probe.shows("t14")).as("Eeva's own card").isTrue();
        assertThat(probe.shows("t1")).as("a card for everyone").isTrue();
        assertThat(probe.shows("t2")).as("the traveller's card").isFalse();
        assertThat(probe.shows("t15")).isFalse();
        Button chip = robot.lookup("#persona-filter-chip").queryAs(Button.class);
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).isEqualTo("Persona: Eeva");

        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(probe.shows("t2")).isTrue();
        assertThat(chip.isVisible()).isFalse();

        // Fading keeps every card where it is; Esc on the map, with nothing selected, shows all again.
        javafx.scene.control.RadioButton veil = robot.lookup("#inspector #persona-filter-veil")
                .queryAs(javafx.scene.control.RadioButton.class);
        robot.interact(veil::fire);
        robot.interact(() -> window.state().personaFilter().personaProperty().set("p2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(probe.shows("t14")).isTrue();
        assertThat(chip.getText()).isEqualTo("Highlighted: Matkailija");
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.state().personaFilter().persona()).isNull();
        // Nothing in the file changed: the filter is a view.
        assertThat(window.document().isDirty()).isFalse();
    }

    @Test
    void cardsAreMarkedWithAltDigitAndInTheInspectorEachAStepOfItsOwn(FxRobot robot) {
        CanvasProbe probe = new CanvasProbe(window.canvas());
        robot.clickOn(probe.centreOf("t3"));
        robot.press(KeyCode.CONTROL).clickOn(probe.centreOf("t5")).release(KeyCode.CONTROL);
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(personasOf("t3")).containsExactly("p1");
        assertThat(personasOf("t5")).containsExactly("p1");
        assertThat(window.document().undoTextProperty().get()).isEqualTo("Undo Mark 2 touchpoints for persona Eeva");

        CheckBox traveller = robot.lookup("#touchpoint-persona-p2").queryAs(CheckBox.class);
        // The inspector's page is taller than the window: the box is pressed where it is, scrolled or not.
        robot.interact(traveller::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(personasOf("t3")).containsExactly("p1", "p2");
        assertThat(robot.lookup("#touchpoint-persona-p2").queryAs(CheckBox.class).isSelected()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(personasOf("t3")).isEmpty();
        assertThat(personasOf("t5")).isEmpty();
    }

    @Test
    void thePanelAddsRenamesAndDeletesPersonasAsUndoSteps(FxRobot robot) {
        robot.clickOn("#inspector #personas-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().personas()).extracting(Persona::name).containsExactly("Eeva", "Matkailija", "Persona 3");
        TextField name = robot.lookup("#inspector #persona-name-p3").queryAs(TextField.class);
        assertThat(name.isFocused()).isTrue();
        robot.write("Jöns");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().personas().getLast().name()).isEqualTo("Jöns");
        assertThat(window.document().undoTextProperty().get()).isEqualTo("Undo Rename persona to “Jöns”");

        robot.clickOn("#inspector #persona-delete-p2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().personas()).extracting(Persona::id).containsExactly("p1", "p3");
        assertThat(personasOf("t2")).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(personasOf("t2")).containsExactly("p2");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().personas()).extracting(Persona::name).containsExactly("Eeva", "Matkailija");
    }

    /** The colour menu's items are made when it first opens (not with the window): they are there then. */
    @Test
    void theColourMenuOffersThePaletteTheFirstTimeItOpens(FxRobot robot) {
        MenuButton colour = robot.lookup("#inspector #persona-colour-p2").queryAs(MenuButton.class);
        robot.clickOn(colour);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(colour.getItems()).hasSize(fi.polku.model.PersonaColours.PALETTE.size());
        robot.clickOn("#persona-colour-p2-wine");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().personas().get(1).colour()).isEqualTo(fi.polku.model.PersonaColours.PALETTE.get(
                fi.polku.model.PersonaColours.NAMES.indexOf("wine")));
        assertThat(colour.getAccessibleText()).isEqualTo("Colour: Wine red");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().personas().get(1).colour()).isNotEqualTo(fi.polku.model.PersonaColours.PALETTE.get(
                fi.polku.model.PersonaColours.NAMES.indexOf("wine")));
        assertThat(colour.getItems()).hasSize(fi.polku.model.PersonaColours.PALETTE.size());
    }
}
