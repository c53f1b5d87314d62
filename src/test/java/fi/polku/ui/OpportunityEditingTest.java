package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.FactorSource;
import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;
import fi.polku.model.ValueFactor;
import fi.polku.ui.canvas.CanvasProbe;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opportunities edited in the window as a consultant does: a new one from the selected cards, its factors
 * typed with the yearly value following before anything is saved, each saved factor one named undo step,
 * touchpoints linked by clicking their cards, and delete undone.
 */
@ExtendWith(ApplicationExtension.class)
class OpportunityEditingTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private JourneyMap storeBus;

    @Start
    void start(Stage stage) throws Exception {
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), storeBus);
    }

    private Opportunity opportunity(String id) {
        return window.document().current().opportunities().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void type(FxRobot robot, String fieldId, String typed) {
        // Focus as Tab would give it: the inspector scrolls the field into view.
        TextField field = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.clear();
        });
        robot.write(typed);
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> WindowTestSupport.menuItem(robot, "undo").fire());
    }

    @Test
    void aNewOpportunityLinksTheSelectedCardsAndItsValueFollowsTheTypingBeforeItIsSaved(FxRobot robot) {
        robot.interact(() -> window.state().selection().add("t6"));
        robot.interact(() -> WindowTestSupport.menuItem(robot, "newOpportunity").fire());
        WaitForAsyncUtils.waitForFxEvents();
        String id = window.state().selectedOpportunity();
        assertThat(id).isNotNull();
        assertThat(opportunity(id).touchpointIds()).containsExactly("t6");
        assertThat(opportunity(id).estimate()).isNull();
        assertThat(text(robot, "#opportunity-yearly")).isEqualTo("Not estimated yet: fill in the five factors.");

        type(robot, "factor-customers-per-occurrence", "40");
        robot.type(KeyCode.ENTER);
        type(robot, "factor-share-converting", "12.5");
        robot.type(KeyCode.TAB);
        type(robot, "factor-value-per-customer", "20");
        robot.type(KeyCode.ENTER);
        type(robot, "factor-occurrences-per-day", "13");
        robot.type(KeyCode.ENTER);
        type(robot, "factor-days-per-year", "360");
        // Typed, not saved: the value and its formula already say what the figures are worth.
        assertThat(text(robot, "#opportunity-yearly")).isEqualTo("€468,000 a year");
        assertThat(text(robot, "#opportunity-formula")).isEqualTo("40 × 12.5% × €20 × 13 × 360 = €468,000");
        assertThat(opportunity(id).estimate().daysPerYear()).isZero();
        assertThat(opportunity(id).estimate().shareConverting()).isEqualTo(0.125);

        robot.type(KeyCode.ENTER);
        assertThat(opportunity(id).estimate().yearlyValue()).isEqualTo(468_000.0);
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Set days per year");

        undo(robot);
        assertThat(opportunity(id).estimate().daysPerYear()).isZero();
        assertThat(opportunity(id).estimate().occurrencesPerDay()).isEqualTo(13.0);
        assertThat(robot.lookup("#factor-days-per-year").queryAs(TextField.class).getText()).isEmpty();
        assertThat(text(robot, "#opportunity-yearly")).isEqualTo("€0 a year");
        robot.interact(() -> WindowTestSupport.menuItem(robot, "redo").fire());
        assertThat(opportunity(id).estimate().yearlyValue()).isEqualTo(468_000.0);
        assertThat(robot.lookup("#factor-days-per-year").queryAs(TextField.class).getText()).isEqualTo("360");
    }

    @Test
    void aNegativeNumberOrAShareOverAHundredIsRefusedAtTheFieldAndEscTakesItBack(FxRobot robot) {
        robot.interact(() -> window.state().selectOpportunity("o1"));
        type(robot, "factor-customers-per-occurrence", "-5");
        assertThat(text(robot, "#factor-customers-per-occurrence-error")).isEqualTo("Enter 0 or more.");
        robot.type(KeyCode.ENTER);
        assertThat(window.document().current()).isEqualTo(storeBus);

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#factor-customers-per-occurrence").queryAs(TextField.class).getText()).isEqualTo("40");
        assertThat(robot.lookup("#factor-customers-per-occurrence-error").queryAs(Node.class).isVisible()).isFalse();

        type(robot, "factor-share-converting", "150");
        assertThat(text(robot, "#factor-share-converting-error")).isEqualTo("A share is at most 100 %.");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#factor-share-converting").queryAs(TextField.class).getText()).isEqualTo("12.5");
        assertThat(window.document().current()).isEqualTo(storeBus);
    }

    @Test
    void aFactorSaysWhereItComesFrom(FxRobot robot) {
        robot.interact(() -> window.state().selectOpportunity("o1"));
        @SuppressWarnings("unchecked")
        ChoiceBox<EvidenceLevel> evidence = robot.lookup("#factor-occurrences-per-day-evidence").queryAs(ChoiceBox.class);
        robot.interact(() -> evidence.setValue(EvidenceLevel.OBSERVED));
        type(robot, "factor-occurrences-per-day-note", "Aikataulu, arkipäivät");
        robot.type(KeyCode.TAB);

        assertThat(opportunity("o1").estimate().source(ValueFactor.OCCURRENCES_PER_DAY))
                .isEqualTo(new FactorSource(EvidenceLevel.OBSERVED, "Aikataulu, arkipäivät"));
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Edit source of a value factor");
        undo(robot);
        undo(robot);
        assertThat(opportunity("o1").estimate().sources()).isEmpty();
    }

    @Test
    void touchpointsAreLinkedByClickingTheirCardsAndTheOpportunityIsDeletedAndUndone(FxRobot robot) {
        CanvasProbe probe = new CanvasProbe(window.canvas());
        // The value on the card of the opportunities lane opens its opportunity.
        robot.interact(() -> window.canvas().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(probe.valueBadgeOf("t9"));
        assertThat(window.state().selectedOpportunity()).isEqualTo("o1");
        assertThat(text(robot, "#opportunity-yearly")).isEqualTo("€468,000 a year");

        robot.clickOn("#opportunity-link");
        assertThat(window.canvas().picking().isActive()).isTrue();
        robot.clickOn(probe.centreOf("t1"));
        assertThat(opportunity("o1").touchpointIds()).containsExactly("t6", "t8", "t9", "t1");
        assertThat(window.state().selection()).as("linking selects nothing").isEmpty();
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText())
                .isEqualTo("Undo Link “Aikataulu verkkosivuilla” to opportunity");
        robot.clickOn(probe.centreOf("t8"));
        assertThat(opportunity("o1").touchpointIds()).containsExactly("t6", "t9", "t1");
        // Away from the cards, so that no card's tooltip is up to take the Esc for itself.
        robot.moveTo("#opportunity-yearly");
        robot.type(KeyCode.ESCAPE);
        assertThat(window.canvas().picking().isActive()).isFalse();
        assertThat(window.state().selectedOpportunity()).isEqualTo("o1");

        robot.clickOn("#opportunity-unlink-t1");
        assertThat(opportunity("o1").touchpointIds()).containsExactly("t6", "t9");

        robot.clickOn(window.canvas());
        robot.interact(() -> window.state().selectOpportunity("o1"));
        robot.interact(() -> WindowTestSupport.menuItem(robot, "delete").fire());
        assertThat(window.document().current().opportunities()).extracting(Opportunity::id)
                .containsExactly("o2", "o3");
        assertThat(window.state().selectedOpportunity()).isNull();
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Delete opportunity");
        undo(robot);
        assertThat(opportunity("o1").touchpointIds()).containsExactly("t6", "t9");
        undo(robot);
        undo(robot);
        undo(robot);
        assertThat(window.document().current()).isEqualTo(storeBus);
    }

    @Test
    void aCardOfTheOpportunitiesLaneLeadsToItsOpportunity(FxRobot robot) {
        robot.interact(() -> window.state().selection().add("t17"));
        robot.clickOn("#touchpoint-opportunity-o3");
        assertThat(window.state().selectedOpportunity()).isEqualTo("o3");
        assertThat(window.state().selection()).isEmpty();
        robot.interact(() -> window.state().selection().add("t9"));
        assertThat(robot.lookup("#touchpoint-opportunity-o1").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo("Kuvasto ja tuotevinkit bussiin: hiljainen hetki lisämyynniksi (€468,000/yr)");
        assertThat(window.state().selectedOpportunity()).isNull();
    }

    @Test
    void theDocksOpportunityViewOpensAnOpportunityAndAddsOne(FxRobot robot) {
        robot.interact(() -> window.analysisDock().shownProperty().set(true));
        // By the tab's id, not its place: the feeling gaps sit beside the priorities, before it.
        robot.interact(() -> window.analysisDock().pane().getSelectionModel().select(window.analysisDock().pane()
                .getTabs().stream().filter(t -> "opportunities".equals(t.getId())).findFirst().orElseThrow()));
        robot.clickOn("#opportunity-link-o3");
        assertThat(window.state().selectedOpportunity()).isEqualTo("o3");
        assertThat(robot.lookup("#opportunity-text").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("Kotiinkuljetus isoille ostoksille");
        robot.clickOn("#opportunity-new");
        assertThat(window.document().current().opportunities()).hasSize(4);
        assertThat(List.of(window.state().selectedOpportunity())).isEqualTo(List.of("o4"));
    }
}
