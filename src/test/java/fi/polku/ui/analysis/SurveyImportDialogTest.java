package fi.polku.ui.analysis;

import fi.polku.edit.Command;
import fi.polku.edit.History;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static fi.polku.text.Localization.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SurveyImportDialogTest {
    @TempDir
    Path dir;

    private JourneyMap storeBus;
    private SurveyImportDialog dialog;
    private Stage window;

    @Start
    void start(Stage stage) throws Exception {
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        window = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> {
            dialog = new SurveyImportDialog(storeBus);
            dialog.initOwner(window);
            dialog.show();
            dialog.setFile(file);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.readingProperty().get()
                && dialog.columns().complete());
    }

    private static Touchpoint touchpoint(JourneyMap map, String title) {
        return map.touchpoints().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void importsASmallCsvAsOneCommandThatUndoRemovesWhole(FxRobot robot) throws Exception {
        Path csv = dir.resolve("kassa.csv");
        Files.writeString(csv, String.join("\n", "Kosketuspiste;Mittari;Arvo;Pvm",
                "Ostokset ja kassa;csat;5;1.10.2026", "Ostokset ja kassa;csat;11;1.10.2026",
                "Ostokset ja kassa;csat;2;2.10.2026", "Palautekysely sähköpostiin;nps;10;2.10.2026",
                "Paluumatkan kahvi;csat;4;2.10.2026") + "\n");
        open(robot, csv);
        assertThat(dialog.columns().choice(fi.polku.io.survey.SurveyField.VALUE).getValue()).isEqualTo("Arvo");

        robot.clickOn("#read-answers");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog.importResultProperty().get() != null);

        @SuppressWarnings("unchecked")
        ListView<String> rejected = robot.lookup("#rejected-rows").queryAs(ListView.class);
        // The outcome pane fills its lists on the FX thread after the result arrives.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !rejected.getItems().isEmpty());
        assertThat(rejected.getItems()).singleElement().asString().startsWith("kassa.csv:3:3:");
        @SuppressWarnings("unchecked")
        ListView<String> unmatched = robot.lookup("#unmatched-names").queryAs(ListView.class);
        assertThat(unmatched.getItems()).containsExactly("Paluumatkan kahvi");
        robot.clickOn("#unmatched-create");
        robot.clickOn((Button) dialog.getDialogPane().lookupButton(dialog.importButton()));

        Command command = dialog.getResult();
        assertThat(command).isNotNull();
        History history = new History(storeBus);
        assertThat(history.execute(command)).isTrue();
        JourneyMap after = history.current();
        Measurement checkout = touchpoint(after, "Ostokset ja kassa").measurements().stream()
                .filter(m -> m.source().equals("kassa.csv")).findFirst().orElseThrow();
        assertThat(checkout.value()).isEqualTo(50.0);
        assertThat(checkout.n()).isEqualTo(2);
        assertThat(touchpoint(after, "Ostokset ja kassa").measurements())
                .containsAll(touchpoint(storeBus, "Ostokset ja kassa").measurements());
        assertThat(touchpoint(after, "Palautekysely sähköpostiin").measurements()).hasSize(2);
        Touchpoint coffee = touchpoint(after, "Paluumatkan kahvi");
        assertThat(List.of(coffee.stageId(), coffee.laneId())).containsExactly("s1", "l1");
        assertThat(history.undoDescription().map(t -> t.in(ENGLISH))).hasValue("Import 4 answers from kassa.csv");

        history.undo();

        assertThat(history.current()).isEqualTo(storeBus);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void aMillionRowsCanBeCancelledAndCancellingTheDialogAppliesNothing(FxRobot robot) throws Exception {
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("touchpoint,metric,value\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write(i % 2 == 0 ? "Ostokset ja kassa,csat," : "Aikataulu verkkosivuilla,nps,");
                w.write(Integer.toString(i % 5 + 1));
                w.write('\n');
            }
        }
        open(robot, csv);

        robot.clickOn("#read-answers");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog.readingProperty().get());
        Label status = robot.lookup("#import-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().matches(".*[1-9].*")
                || !dialog.readingProperty().get());
        robot.clickOn("#cancel-reading");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.readingProperty().get());

        assertThat(status.getText()).contains("cancelled");
        assertThat(dialog.importResultProperty().get()).isNull();
        robot.clickOn((Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow()));
        assertThat(dialog.getResult()).isNull();
    }
}
