package fi.polku.ui.analysis;

import fi.polku.io.MapFiles;
import fi.polku.layout.KeyScore;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.SurveyMapping;
import fi.polku.ui.MainWindow;
import fi.polku.ui.PolkuHome;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static fi.polku.text.Localization.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Google Forms export in Finnish whose questions fit the store-bus cards: the suggestions are accepted,
 * the scores reach the cards, and the next round's export imports with the saved mapping in one click.
 */
@ExtendWith(ApplicationExtension.class)
class WideSurveyImportDialogTest {
    static final String HEADER = "Aikaleima,Sähköpostiosoite,"
            + "Kuinka todennäköisesti suosittelisit Tavaratalobussia ystävällesi tai kollegallesi?,"
            + "Aikataulun löytäminen verkkosivuilta oli helppoa.,"
            + "Kuinka tyytyväinen olit ostoksiin ja kassalla asiointiin?,"
            + "Saitko kuvaston kysymällä kuljettajalta?,Miltä paluumatka tuntui? (−3 … +3),Muuta palautetta?";
    static final String AUTUMN = String.join("\n", HEADER,
            "3.11.2026 10.15.22,aino@example.fi,10,Täysin samaa mieltä,Erittäin tyytyväinen,Kyllä,2,Kiitos!",
            "3.11.2026 11.02.10,,9,Samaa mieltä,Tyytyväinen,Kyllä,1,",
            "4.11.2026 9.45.01,,7,Jokseenkin eri mieltä,Ei tyytyväinen eikä tyytymätön,Ei,-1,",
            "4.11.2026 14.30.44,,3,Täysin eri mieltä,Erittäin tyytymätön,Ei,-3,Jono oli pitkä",
            "5.11.2026 8.12.00,,,Samaa mieltä,Ihan ok,Kyllä,0,",
            "6.11.2026 16.01.59,,10,Ei samaa eikä eri mieltä,Tyytyväinen,,3,") + "\n";
    static final String SPRING = String.join("\n", HEADER,
            "2.4.2027 10.00.00,,10,Samaa mieltä,Erittäin tyytyväinen,Kyllä,2,",
            "3.4.2027 12.30.00,,8,Täysin samaa mieltä,Tyytyväinen,Kyllä,1,",
            "4.4.2027 9.15.00,,9,Samaa mieltä,Ihan ok,Kyllä,0,") + "\n";

    @TempDir
    static Path home;
    @TempDir
    Path dir;
    private MainWindow window;
    private JourneyMap storeBus;
    private Stage stage;
    private SurveyImportDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        Preferences prefs = Preferences.userRoot().node("fi/polku/test/wide-" + Integer.toHexString(home.hashCode()));
        prefs.clear();
        window = new MainWindow(stage, new PolkuHome(home, prefs), storeBus, null);
        window.show();
    }

    /** As File > Import Survey does, with the file given instead of chosen. */
    private void open(FxRobot robot, Path file) {
        robot.interact(() -> {
            dialog = new SurveyImportDialog(window.document().current());
            dialog.initOwner(stage);
            dialog.show();
            dialog.setFile(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void importAndClose(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog.importResultProperty().get() != null);
        Button apply = (Button) dialog.getDialogPane().lookupButton(dialog.importButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(apply.isDisabled()).as("Import disabled; rejected: %s", dialog.importResultProperty().get()).isFalse();
        // Fired rather than clicked: the tall dialog may reach below the headless test screen.
        robot.interact(apply::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isNotNull();
        robot.interact(() -> window.editor().execute(dialog.getResult()));
    }

    private String badge(String touchpointId) {
        JourneyMap map = window.document().current();
        return KeyScore.of(map.touchpoint(touchpointId).orElseThrow(), map).orElseThrow().badgeText(ENGLISH);
    }

    @Test
    void suggestionsAcceptedThenTheNextRoundImportsWithTheSavedMappingAndUndoRemovesItWhole(FxRobot robot)
            throws Exception {
        Path autumn = dir.resolve("kysely-syksy.csv");
        Files.writeString(autumn, AUTUMN);
        open(robot, autumn);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog.wideStep().isVisible()
                && !dialog.readingProperty().get());
        WideImportStep step = dialog.wideStep();
        WideMappingPane mapping = step.mapping();
        // C (NPS) fits two cards equally and G (emotion) none well enough: left out rather than guessed.
        assertThat(List.of(2, 3, 4, 5, 6, 7).stream().map(c -> mapping.touchpointChoice(c).getValue()).toList())
                .containsExactly("", "t1", "t12", "t6", "", "");
        assertThat(List.of(2, 3, 4, 5, 6).stream().map(c -> mapping.metricChoice(c).getValue()).toList())
                .containsExactly("nps", "ces", "csat", "fcr", "emotion");
        assertThat(mapping.metricChoice(7).getValue()).isNull();
        assertThat(step.roundField().getText()).isEqualTo("Syksy 2026");
        // "Ihan ok" is no CSAT label: offered, and given the number 3 by the user.
        assertThat(step.labels().unknownOffer().isVisible()).isTrue();
        robot.clickOn("+ Ihan ok");
        robot.write("3").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(step.userLabels()).containsEntry("Ihan ok", 3.0);
        assertThat(step.labels().unknownOffer().isVisible()).isFalse();

        robot.clickOn("#read-answers");
        importAndClose(robot);

        // CSAT 5, 4, 3, 1, 3 (Ihan ok), 4: 3 of 6 satisfied = 50 %; FCR yes, yes, no, no, yes: 60 %.
        assertThat(badge("t12")).isEqualTo("CSAT 50 %");
        assertThat(badge("t6")).isEqualTo("FCR 60 %");
        JourneyMap afterAutumn = window.document().current();
        Measurement csat = afterAutumn.touchpoint("t12").orElseThrow().measurements().stream()
                .filter(m -> m.source().equals("kysely-syksy.csv") && m.metric().equals("csat")).findFirst().orElseThrow();
        assertThat(csat.round()).isEqualTo("Syksy 2026");
        assertThat(csat.n()).isEqualTo(6);
        SurveyMapping saved = afterAutumn.surveyMappings().getFirst();
        assertThat(saved.name()).isEqualTo("Syksy 2026");
        assertThat(saved.questions()).hasSize(3);
        assertThat(saved.labels()).containsExactly(java.util.Map.entry("Ihan ok", 3.0));

        // The next round: the saved mapping is applied and read at once; one click imports.
        Path spring = dir.resolve("kysely-kevat.csv");
        Files.writeString(spring, SPRING);
        open(robot, spring);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog.importResultProperty().get() != null);
        Label note = robot.lookup("#saved-mapping-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Using this survey’s saved mapping (Syksy 2026). Check it and import.");
        assertThat(dialog.wideStep().roundField().getText()).isEqualTo("Kevät 2027");
        importAndClose(robot);

        // CSAT 5, 4, 3 (Ihan ok, the saved label): 2 of 3 = 66.7 %; both rounds kept.
        assertThat(badge("t12")).isEqualTo("CSAT 67 %");
        JourneyMap afterSpring = window.document().current();
        assertThat(afterSpring.touchpoint("t12").orElseThrow().measurements())
                .filteredOn(m -> m.metric().equals("csat")).extracting(Measurement::round)
                .containsExactly("", "Syksy 2026", "Kevät 2027");
        assertThat(afterSpring.surveyMappings()).singleElement().extracting(SurveyMapping::name).isEqualTo("Kevät 2027");

        robot.interact(() -> window.editor().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current()).isEqualTo(afterAutumn);
    }

    @Test
    void aWideFileOfNoKnownToolIsMappedWhenTheUserSaysItIsWide(FxRobot robot) throws Exception {
        Path file = dir.resolve("oma-kysely.csv");
        Files.writeString(file, "Numero,Kuinka tyytyväinen olit kassalla?,Terveiset\n1,4,Kiitos\n2,5,\n3,2,Jono\n");
        open(robot, file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialog.readingProperty().get()
                && dialog.columns().choice(fi.polku.io.survey.SurveyField.TOUCHPOINT).getItems().size() > 1);
        assertThat(dialog.wideStep().isVisible()).isFalse();

        robot.clickOn("#shape-wide");

        assertThat(dialog.wideStep().isVisible()).isTrue();
        WideMappingPane mapping = dialog.wideStep().mapping();
        assertThat(mapping.touchpointChoice(1).getValue()).isEqualTo("t12");
        assertThat(mapping.metricChoice(1).getValue()).isEqualTo("csat");
        assertThat(mapping.touchpointChoice(2).getValue()).isEmpty();
        robot.clickOn("#shape-long");
        assertThat(dialog.wideStep().isVisible()).isFalse();
    }
}
