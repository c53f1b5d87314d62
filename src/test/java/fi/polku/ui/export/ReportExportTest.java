package fi.polku.ui.export;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import javafx.stage.Stage;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Export Report… and Export Report as PowerPoint… on the store-bus sample: names, writing in the background, Cancel. */
@ExtendWith(ApplicationExtension.class)
class ReportExportTest {
    @TempDir
    Path folder;
    private Stage owner;
    private JourneyMap map;
    private final List<String> status = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.owner = stage;
        TestStages.show(stage);
    }

    @BeforeEach
    void loadSample() throws Exception {
        map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
    }

    private ReportExport start(FxRobot robot, Runnable beforeWrite) {
        AtomicReference<ReportExport> export = new AtomicReference<>();
        robot.interact(() -> {
            ReportExport e = new ReportExport(owner, map, null, status::add);
            e.targetChooser = name -> folder.resolve(name);
            e.beforeWrite = beforeWrite;
            e.chooseAndWrite();
            export.set(e);
        });
        return export.get();
    }

    private static void awaitDone(ReportExport export) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (export.runningProperty().get() && System.nanoTime() < until) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void theReportIsNamedAfterTheMapAndWrittenInTheBackground(FxRobot robot) throws Exception {
        assertThat(ReportExport.suggestedName(map)).isEqualTo("Tavaratalon asiakasbussi – report.pdf");
        ReportExport export = start(robot, () -> { });
        awaitDone(export);
        Path pdf = folder.resolve("Tavaratalon asiakasbussi – report.pdf");
        assertThat(pdf).isRegularFile();
        assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F');
        assertThat(status).containsExactly("Report written: " + pdf.toAbsolutePath());
        assertThat(export.stage().isShowing()).isFalse();
    }

    @Test
    void cancelStopsTheReportAndLeavesNoFile(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch hold = new CountDownLatch(1);
        ReportExport export = start(robot, () -> {
            started.countDown();
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(robot.lookup("#report-progress").tryQuery()).isPresent();
        robot.clickOn("#report-cancel");
        awaitDone(export);
        hold.countDown();
        assertThat(status).containsExactly("Report cancelled; no file was written.");
        Thread.sleep(300);
        assertThat(files()).isEmpty();
    }

    @Test
    void theDeckIsWrittenAsAPowerPointFileInTheBackground(FxRobot robot) throws Exception {
        AtomicReference<ReportExport> export = new AtomicReference<>();
        AtomicReference<String> suggested = new AtomicReference<>();
        robot.interact(() -> {
            ReportExport e = new ReportExport(owner, true, map, null, status::add);
            e.targetChooser = name -> {
                suggested.set(name);
                return folder.resolve(name);
            };
            e.chooseAndWrite();
            export.set(e);
        });
        awaitDone(export.get());
        assertThat(suggested.get()).isEqualTo("Tavaratalon asiakasbussi – report.pptx");
        Path deck = folder.resolve(suggested.get());
        // A .pptx is a zip package.
        assertThat(Files.readAllBytes(deck)).startsWith('P', 'K');
        assertThat(status).containsExactly("Report written: " + deck.toAbsolutePath());
    }
}
