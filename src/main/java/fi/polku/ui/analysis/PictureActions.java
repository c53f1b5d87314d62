package fi.polku.ui.analysis;

import fi.polku.export.ChartExporter;
import fi.polku.export.ExportFormat;
import fi.polku.render.Picture;
import fi.polku.render.chart.Chart;
import fi.polku.text.Localization;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * "Copy as Image" and "Export Picture…" for an analysis view: its picture at 2× on the clipboard, or
 * written as PNG, SVG or PDF (off the JavaFX thread). Offered in the view's context menu and as buttons
 * with a status line for its toolbar.
 */
public final class PictureActions {
    private final Supplier<? extends Picture> picture;
    private final Label status = new Label();
    private final Button copy = new Button(AnalysisText.text("picture.copy"));
    private final Button export = new Button(AnalysisText.text("picture.export"));
    private final HBox bar;
    private Node owner;

    private PictureActions(Supplier<? extends Picture> picture) {
        this.picture = picture;
        copy.setId("copy-picture");
        export.setId("export-picture");
        copy.setOnAction(e -> copy());
        export.setOnAction(e -> exportToFile());
        status.getStyleClass().add("chart-note");
        status.setId("picture-status");
        bar = new HBox(8, status, copy, export);
        bar.setAlignment(Pos.CENTER_RIGHT);
    }

    /**
     * Offers the picture's actions in {@code node}'s context menu; put {@link #toolbar()} in its toolbar.
     *
     * @param picture the view's picture as it would be exported now, at its export size
     */
    public static PictureActions attach(Node node, Supplier<? extends Picture> picture) {
        PictureActions actions = new PictureActions(picture);
        actions.owner = node;
        MenuItem copyItem = new MenuItem(AnalysisText.text("picture.copy"));
        copyItem.setOnAction(e -> actions.copy());
        MenuItem exportItem = new MenuItem(AnalysisText.text("picture.export"));
        exportItem.setOnAction(e -> actions.exportToFile());
        ContextMenu menu = new ContextMenu(copyItem, exportItem);
        menu.setId("picture-menu");
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
        return actions;
    }

    /** The status line and the two buttons, for the view's toolbar. */
    public HBox toolbar() {
        return bar;
    }

    /** Puts the picture at 2× on the system clipboard. */
    public void copy() {
        Picture p = picture.get();
        Image image = SwingFXUtils.toFXImage(ChartExporter.render(p, ChartExporter.PNG_SCALE), null);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(AnalysisText.text("picture.copied", (int) image.getWidth(), (int) image.getHeight()));
    }

    private void exportToFile() {
        Picture p = picture.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(AnalysisText.text("picture.chooser"));
        for (ExportFormat f : new ExportFormat[] {ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF}) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    AnalysisText.text("picture.filter." + f.extension()), "*." + f.extension()));
        }
        chooser.setInitialFileName(fileName(p));
        Window window = owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
        File file = chooser.showSaveDialog(window);
        if (file == null) {
            return;
        }
        ExportFormat chosen = ExportFormat.ofFileName(file.getName()).filter(f -> !f.table())
                .orElse(formatOf(chooser.getSelectedExtensionFilter()));
        Path target = chosen.extension().equals(extension(file.getName())) ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + chosen.extension());
        write(p, chosen, target);
    }

    /** Writes the picture on a background thread, telling the status line how it went. */
    void write(Picture p, ExportFormat format, Path target) {
        String title = p instanceof Chart c ? c.title() : "";
        Locale language = p instanceof Chart c ? c.language() : Localization.ui();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                ChartExporter.write(p, format, target, title, language);
                return target;
            }
        };
        status.setText(AnalysisText.text("picture.exporting", target.getFileName()));
        export.setDisable(true);
        task.setOnSucceeded(e -> {
            export.setDisable(false);
            status.setText(AnalysisText.text("picture.exported", target.getFileName()));
        });
        task.setOnFailed(e -> {
            export.setDisable(false);
            Throwable t = task.getException();
            status.setText(AnalysisText.text("picture.failed", t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getMessage()));
        });
        Thread worker = new Thread(task, "polku-picture-export");
        worker.setDaemon(true);
        worker.start();
    }

    Label status() {
        return status;
    }

    private static ExportFormat formatOf(FileChooser.ExtensionFilter filter) {
        String pattern = filter == null ? "*.png" : filter.getExtensions().getFirst();
        return ExportFormat.ofFileName(pattern).orElse(ExportFormat.PNG);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The chart's title as a file name: characters file systems refuse become spaces. */
    private static String fileName(Picture p) {
        String title = p instanceof Chart c ? c.title() : "";
        String safe = title.replaceAll("[\\\\/:*?\"<>|]+", " ").strip();
        return (safe.isEmpty() ? "polku" : safe) + ".png";
    }
}
