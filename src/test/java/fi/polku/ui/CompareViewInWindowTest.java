package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.metrics.ChangeVerdict;
import fi.polku.metrics.MapComparison;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import fi.polku.ui.compare.ChangeList;
import fi.polku.ui.compare.CompareWith;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** View › Compare With… on a changed copy of the sample: the changed card shows its delta and verdict. */
@ExtendWith(ApplicationExtension.class)
class CompareViewInWindowTest {
    private static final Path SAMPLE = Path.of("assets/samples/car-dealership.polku.json");
    @TempDir
    static Path home;
    private MainWindow window;
    private final Locale previous = Localization.ui();

    @AfterEach
    void restore() {
        Localization.setUi(previous);
    }

    /** The sample with the test drive's CSAT 10 points higher, one card renamed, one removed and one added. */
    static JourneyMap changedCopy(JourneyMap sample) {
        List<Touchpoint> cards = new ArrayList<>();
        for (Touchpoint t : sample.touchpoints()) {
            if (t.id().equals("t9")) {
                Measurement m = t.measurements().stream().filter(x -> x.metric().equals("csat") && x.n() == 199)
                        .findFirst().orElseThrow();
                List<Measurement> ms = new ArrayList<>(t.measurements());
                ms.set(ms.indexOf(m), new Measurement("csat", m.value() + 10, m.n(), m.ciLow() + 10,
                        Math.min(100, m.ciHigh() + 10), m.dateFrom(), m.date().plusDays(1), m.source(), m.evidence()));
                cards.add(t.withMeasurements(ms));
            } else if (t.id().equals("t2")) {
                cards.add(t.withTitle("Ajanvaraus koeajolle verkossa"));
            } else if (!t.id().equals("t5")) {
                cards.add(t);
            }
        }
        cards.add(Touchpoint.create("new1", "Chat-neuvonta", "s1", sample.touchpoints().get(1).laneId()));
        return sample.withTouchpoints(cards);
    }

    @Start
    void start(Stage stage) throws Exception {
        Localization.setUi(Localization.ENGLISH);
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), changedCopy(MapFiles.load(SAMPLE)));
    }

    @Test
    void theChangedCardCarriesItsDeltaAndTheListNamesEveryChange(FxRobot robot) throws Exception {
        assertThat(WindowTestSupport.menuItem(robot, "compareWith").getText()).isEqualTo("Compare With…");
        var state = window.document().state().compare();
        robot.interact(() -> new CompareWith(window.stage(), window.document()::current, state, line -> { })
                .compareWithFile(SAMPLE));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, state::active);
        WaitForAsyncUtils.waitForFxEvents();
        MapComparison c = state.shown();
        assertThat(c.cardChanges()).containsKey("t9");
        assertThat(c.cardChanges().get("t9").verdict()).isEqualTo(ChangeVerdict.IMPROVED);
        assertThat(c.cardChanges().get("t9").delta()).isCloseTo(10.05, org.assertj.core.api.Assertions.within(0.1));
        ChangeList list = robot.lookup("#compare-changes").queryAs(ChangeList.class);
        assertThat(list.lines()).extracting(ChangeList.Line::text).contains(
                "Added: Chat-neuvonta", "Removed: Tarvekartoitus: oikeat kysymykset",
                "Changed: Ajanvaraus koeajolle verkossa (title)", "Koeajo, CSAT: +10.1 %-points, ▲ Improved");
        // A line selects its card.
        robot.interact(() -> {
            var view = robot.lookup("#compare-changes .list-view").queryAs(javafx.scene.control.ListView.class);
            view.getSelectionModel().select(list.lines().stream()
                    .filter(l -> l.text().startsWith("Koeajo")).findFirst().orElseThrow());
        });
        assertThat(window.document().state().selection()).containsExactly("t9");
        robot.interact(state::end);
        assertThat(robot.lookup("#compare-changes").tryQuery()).isEmpty();
    }
}
