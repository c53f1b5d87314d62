package fi.polku.ui.export;

import fi.polku.export.ExportFormat;
import fi.polku.export.PageLayout;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Export dialog on the store-bus sample: preview, export through the dialog, cancel, failure, memory. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    @TempDir
    Path folder;
    private Stage owner;
    private JourneyMap map;
    private Preferences preferences;
    private final List<String> statusLines = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.owner = stage;
        TestStages.show(stage);
    }

    @BeforeEach
    void loadSample() throws Exception {
        map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        preferences = Preferences.userRoot().node("fi/polku/test/export-" + Integer.toHexString(folder.hashCode()));
        preferences.removeNode();
        preferences = Preferences.userRoot().node("fi/polku/test/export-" + Integer.toHexString(folder.hashCode()));
    }

    private ExportDialog open(FxRobot robot, Set<String> selection) {
        AtomicReference<ExportDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(ExportDialog.open(owner, map, null, selection, preferences, statusLines::add)));
        dialog.get().targetChooser = name -> folder.resolve(name);
        return dialog.get();
    }

    private static void awaitExport(ExportDialog dialog) throws InterruptedException {
        dialog.worker().join(TimeUnit.SECONDS.toMillis(60));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Path> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void previewFollowsTheOptions(FxRobot robot) {
        ExportDialog dialog = open(robot, Set.of());
        double width = dialog.picture().width();
        double height = dialog.picture().height();
        assertThat(dialog.preview().fitScale()).isBetween(0.01, 1.0);

        robot.interact(() -> dialog.form().legend.setSelected(false));
        assertThat(dialog.picture().height()).isLessThan(height);
        double withoutLegend = dialog.picture().height();

        CheckBox feeling = dialog.form().hiddenLanes.stream().filter(b -> b.getText().equals("Tunne")).findFirst()
                .orElseThrow();
        robot.interact(() -> feeling.setSelected(true));
        assertThat(dialog.picture().height()).isLessThan(withoutLegend);

        robot.interact(() -> {
            dialog.form().stageRange.setSelected(true);
            dialog.form().firstStage.setValue(map.stages().get(1));
            dialog.form().lastStage.setValue(map.stages().get(2));
        });
        assertThat(dialog.picture().width()).isLessThan(width);

        String oneTimes = sizeAfter(robot, dialog, () -> dialog.form().scale.setValue(1));
        String twoTimes = sizeAfter(robot, dialog, () -> dialog.form().scale.setValue(2));
        int[] px = OutputSize.pngPixels(dialog.picture(), dialog.form().options());
        assertThat(oneTimes).isNotEqualTo(twoTimes);
        assertThat(twoTimes).contains(Integer.toString(px[0])).contains(Integer.toString(px[1]));
    }

    private static String sizeAfter(FxRobot robot, ExportDialog dialog, Runnable change) {
        robot.interact(change);
        return robot.lookup("#export-size").queryLabeled().getText();
    }

    @Test
    void tableFormatsPreviewTheFirstRows(FxRobot robot) {
        ExportDialog dialog = open(robot, Set.of());
        robot.interact(() -> dialog.form().format.setValue(ExportFormat.CSV));
        assertThat(dialog.picture()).isNull();
        String text = dialog.preview().tableText();
        // The preview shows the file as it will be written: headers in the map's language (Finnish here).
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("Tunnus | Vaihe | Kaista | Kosketuspiste");
        assertThat(text).contains(map.touchpoints().getFirst().title());
        assertThat(text.lines().count()).isEqualTo(1 + ExportPreview.TABLE_ROWS);
        assertThat(robot.lookup("#export-size").queryLabeled().getText()).contains("17 rows");
        assertThat(dialog.form().header.isDisabled()).isTrue();
    }

    @Test
    void svgTextAsOutlinesIsAnSvgOnlyChoiceThatReachesTheFileAndIsRemembered(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, Set.of());
        assertThat(dialog.form().svgTextPaths.isDisabled()).isTrue();
        robot.interact(() -> {
            dialog.form().format.setValue(ExportFormat.SVG);
            dialog.form().svgTextPaths.setSelected(true);
        });
        assertThat(dialog.form().svgTextPaths.getText()).isEqualTo("SVG text as outlines");
        assertThat(dialog.form().options().svgText()).isEqualTo(fi.polku.render.svg.SvgText.PATHS);
        robot.clickOn("#export-run");
        awaitExport(dialog);
        Path svg = folder.resolve("Tavaratalon asiakasbussi.svg");
        assertThat(Files.readString(svg)).doesNotContain("<text").contains("<path class=\"text\"");
        assertThat(ExportChoices.load(preferences).svgTextPaths()).isTrue();
    }

    @Test
    void exportsAPngNamedAfterTheMapAndReportsThePath(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, Set.of());
        robot.clickOn("#export-run");
        awaitExport(dialog);
        Path png = folder.resolve("Tavaratalon asiakasbussi.png");
        assertThat(png).exists();
        assertThat(Files.readAllBytes(png)).startsWith(PNG_MAGIC);
        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(statusLines).anySatisfy(line -> assertThat(line).contains(png.toAbsolutePath().toString()));
    }

    @Test
    void exportsAnA4Pdf(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, Set.of());
        robot.interact(() -> {
            dialog.form().format.setValue(ExportFormat.PDF);
            dialog.form().page.setValue(PageLayout.A4);
        });
        Path pdf = folder.resolve("bus.pdf");
        robot.interact(() -> dialog.exportTo(pdf));
        awaitExport(dialog);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void thePreviewShowsExactlyThePagesTheA4PdfWillHave(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, Set.of());
        robot.interact(() -> {
            dialog.form().format.setValue(ExportFormat.PDF);
            dialog.form().page.setValue(PageLayout.A4);
        });
        assertThat(dialog.preview().pageCount()).isEqualTo(1);
        snapshot(robot, dialog.preview(), "export-preview-a4.png");
        assertThat(pages(robot, dialog, folder.resolve("fitted.pdf"))).isEqualTo(1);
        ExportDialog poster = open(robot, Set.of());
        robot.interact(() -> {
            poster.form().format.setValue(ExportFormat.PDF);
            poster.form().page.setValue(PageLayout.A4);
            poster.form().tiles.setSelected(true);
        });
        int shown = poster.preview().pageCount();
        snapshot(robot, poster.preview(), "export-preview-a4-poster.png");
        assertThat(pages(robot, poster, folder.resolve("poster.pdf"))).isEqualTo(shown);
    }

    /** Keeps a picture of the preview in target/ for a person to look at. */
    private static void snapshot(FxRobot robot, javafx.scene.Node node, String name) throws Exception {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(node.snapshot(null, null)));
        javafx.scene.image.PixelReader pixels = image.get().getPixelReader();
        int w = (int) image.get().getWidth();
        int h = (int) image.get().getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", Path.of("target", name).toFile());
    }

    private static int pages(FxRobot robot, ExportDialog dialog, Path pdf) throws Exception {
        robot.interact(() -> dialog.exportTo(pdf));
        awaitExport(dialog);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void cancellingLeavesNoFileAndKeepsTheDialogOpen(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, Set.of());
        // Hold the export at its start until Cancel interrupts the thread, so the test does not race it.
        dialog.beforeWrite = () -> {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Thread.currentThread().isInterrupted() && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        };
        Path png = folder.resolve("cancelled.png");
        robot.interact(() -> dialog.exportTo(png));
        assertThat(dialog.runningProperty().get()).isTrue();
        assertThat(robot.lookup("#export-close").queryButton().getText()).isEqualTo("Cancel");
        robot.clickOn("#export-close");
        awaitExport(dialog);
        assertThat(filesIn(folder)).isEmpty();
        assertThat(dialog.runningProperty().get()).isFalse();
        assertThat(dialog.stage().isShowing()).isTrue();
        assertThat(robot.lookup("#export-progress-text").queryLabeled().getText()).contains("cancelled");
    }

    @Test
    void aLongPngExportShowsHowFarItGot(FxRobot robot) throws Exception {
        map = fi.polku.model.MapGenerator.generate(2_000, 8, 10, 12);
        ExportDialog dialog = open(robot, Set.of());
        robot.interact(() -> dialog.form().format.setValue(ExportFormat.PNG));
        Path png = folder.resolve("large.png");
        // Everything the dialog showed while it ran, recorded as it changed: the export may end at any
        // moment, and the dialog closes when it does.
        List<String> texts = new CopyOnWriteArrayList<>();
        List<Double> shares = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            robot.lookup("#export-progress-text").queryLabeled().textProperty()
                    .addListener((o, was, now) -> texts.add(now));
            robot.lookup("#export-progress").queryAs(javafx.scene.control.ProgressIndicator.class)
                    .progressProperty().addListener((o, was, now) -> shares.add(now.doubleValue()));
            dialog.exportTo(png);
        });
        awaitExport(dialog);
        assertThat(texts).anyMatch(t -> t.matches("Exporting large\\.png… \\d+ %"));
        assertThat(shares).isNotEmpty().allMatch(f -> f == -1 || (f >= 0 && f <= 1)).contains(1.0);
        assertThat(png).isNotEmptyFile();
    }

    @Test
    void aFailedExportSaysWhyInOneLine(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, Set.of());
        Path target = folder.resolve("no-such-folder").resolve("bus.png");
        robot.interact(() -> dialog.exportTo(target));
        awaitExport(dialog);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(alert.getContentText()).contains(target.toAbsolutePath().toString()).doesNotContain("\n")
                .doesNotContain("Exception");
        robot.interact(() -> alert.getScene().getWindow().hide());
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void choicesComeBackTheNextTime(FxRobot robot) throws Exception {
        ExportDialog first = open(robot, Set.of());
        robot.interact(() -> {
            first.form().format.setValue(ExportFormat.PDF);
            first.form().legend.setSelected(false);
            first.form().page.setValue(PageLayout.A3);
        });
        Path sub = Files.createDirectories(folder.resolve("exports"));
        robot.interact(() -> first.exportTo(sub.resolve("bus.pdf")));
        awaitExport(first);

        ExportDialog second = open(robot, Set.of());
        assertThat(second.form().format()).isEqualTo(ExportFormat.PDF);
        assertThat(second.form().legend.isSelected()).isFalse();
        assertThat(second.form().page.getValue()).isEqualTo(PageLayout.A3);
        assertThat(ExportChoices.load(preferences).existingFolder()).contains(sub.toAbsolutePath());
    }

    @Test
    void theSelectionIsOfferedAsTheContents(FxRobot robot) {
        Set<String> two = Set.of(map.touchpoints().get(0).id(), map.touchpoints().get(1).id());
        ExportDialog dialog = open(robot, two);
        assertThat(dialog.form().selected.isSelected()).isTrue();
        assertThat(dialog.form().selected.getText()).contains("2");
        double selectionWidth = dialog.picture().width();
        robot.interact(() -> dialog.form().wholeMap.setSelected(true));
        assertThat(dialog.picture().width()).isGreaterThan(selectionWidth);
    }
}
