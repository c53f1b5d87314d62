package fi.polku.ui.export;

import fi.polku.export.Java2dPainter;
import fi.polku.export.report.PrintSheets;
import fi.polku.export.report.ReportOptions;
import fi.polku.model.JourneyMap;
import fi.polku.ui.Dialogs;
import fi.polku.ui.Messages;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → Print… (Ctrl+P): a small dialog asks whether to print the map or the report, then the system print
 * dialog; the sheets are those of the PDF, drawn at the printer's resolution off the JavaFX thread, with their
 * progress and Cancel in a small window. With no
 * printer installed it says so, in the window's language, and prints nothing.
 */
public final class PrintChoice {
    /** Sheets are drawn at the printer's resolution, but not finer: 300 dpi is sharp and a page stays ~35 MB. */
    private static final int MAX_DPI = 300;

    private final Window owner;
    private final JourneyMap map;
    private final Consumer<String> status;
    /** Makes the printer job, null without a printer; tests replace it to act as a machine without one. */
    Supplier<PrinterJob> jobs = PrintChoice::createJob;

    PrintChoice(Window owner, JourneyMap map, Consumer<String> status) {
        this.owner = owner;
        this.map = map;
        this.status = status;
    }

    /** Asks what to print and prints it; the window's action calls this. */
    public static PrintChoice open(Window owner, JourneyMap map, Consumer<String> status) {
        PrintChoice choice = new PrintChoice(owner, map, status);
        choice.run();
        return choice;
    }

    void run() {
        PrinterJob job = jobs.get();
        if (job == null) {
            noPrinter();
            return;
        }
        Optional<Boolean> report = askWhat();
        if (report.isEmpty()) {
            job.cancelJob();
            return;
        }
        if (!job.showPrintDialog(owner)) {
            status.accept(Messages.get("print.cancelled"));
            return;
        }
        print(job, report.get());
    }

    /** No printer, or a platform that cannot print: a message, never an exception. */
    private static PrinterJob createJob() {
        try {
            return Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
        } catch (RuntimeException | LinkageError noPrinting) {
            return null;
        }
    }

    private void noPrinter() {
        status.accept(Messages.get("print.noPrinter.header"));
        new Dialogs(owner).showError(Messages.get("print.title"), Messages.get("print.noPrinter.header"),
                Messages.get("print.noPrinter.text"));
    }

    /** True for the report, false for the map; empty when cancelled. */
    private Optional<Boolean> askWhat() {
        ToggleGroup group = new ToggleGroup();
        RadioButton mapChoice = new RadioButton(Messages.get("print.map"));
        mapChoice.setId("print-map");
        RadioButton reportChoice = new RadioButton(Messages.get("print.report"));
        reportChoice.setId("print-report");
        mapChoice.setToggleGroup(group);
        reportChoice.setToggleGroup(group);
        mapChoice.setSelected(true);
        ButtonType print = new ButtonType(Messages.get("print.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("export.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.NONE, "", print, cancel);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("print.title"));
        alert.getDialogPane().setId("print-choice");
        alert.getDialogPane().setContent(new VBox(10, new Label(Messages.get("print.what")), mapChoice, reportChoice));
        return alert.showAndWait().filter(b -> b == print).map(b -> reportChoice.isSelected());
    }

    private void print(PrinterJob job, boolean report) {
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                List<PrintSheets.Sheet> sheets = report ? PrintSheets.report(map, ReportOptions.defaults())
                        : PrintSheets.map(map);
                int dpi = Math.min(MAX_DPI, Math.max(72, job.getJobSettings().getPrintResolution().getFeedResolution()));
                int done = 0;
                for (PrintSheets.Sheet sheet : sheets) {
                    if (isCancelled()) {
                        job.cancelJob();
                        return -1;
                    }
                    updateProgress(done, sheets.size());
                    updateMessage(Messages.format("print.running", ++done, sheets.size()));
                    PageLayout layout = job.getPrinter().createPageLayout(Paper.A4,
                            sheet.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                            Printer.MarginType.HARDWARE_MINIMUM);
                    if (!job.printPage(layout, page(sheet, layout, dpi))) {
                        return -1;
                    }
                }
                return job.endJob() ? sheets.size() : -1;
            }
        };
        Stage window = progress(task);
        task.setOnSucceeded(e -> {
            window.close();
            status.accept(task.getValue() < 0 ? Messages.get("print.failed")
                    : Messages.format("print.done", task.getValue()));
        });
        task.setOnCancelled(e -> {
            window.close();
            status.accept(Messages.get("print.cancelled"));
        });
        task.setOnFailed(e -> {
            window.close();
            job.cancelJob();
            status.accept(Messages.get("print.failed"));
            Platform.runLater(() -> new Dialogs(owner).showError(Messages.get("print.title"),
                    Messages.get("print.failed"), String.valueOf(task.getException().getMessage())));
        });
        Thread worker = new Thread(task, "polku-print");
        worker.setDaemon(true);
        worker.start();
    }

    /** A small window with the sheet being printed, its progress and Cancel, which stops before the next sheet. */
    private Stage progress(Task<?> task) {
        Label message = new Label(Messages.get("print.title"));
        message.setId("print-progress-text");
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(Messages.get("export.button.cancel"));
        cancel.setId("print-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel(true));
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, message, bar, buttons);
        root.setPadding(new Insets(16));
        Stage stage = new Stage();
        stage.setScene(new Scene(root));
        var css = Dialogs.class.getResource("polku.css");
        if (css != null) {
            stage.getScene().getStylesheets().add(css.toExternalForm());
        }
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("print.title"));
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> task.cancel(true));
        stage.show();
        return stage;
    }

    /** The sheet drawn at {@code dpi}, shown at its size in points inside the printable area. */
    static ImageView page(PrintSheets.Sheet sheet, PageLayout layout, int dpi) {
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage((int) Math.ceil(sheet.width() * scale),
                (int) Math.ceil(sheet.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            sheet.paint().accept(new Java2dPainter(g));
        } finally {
            g.dispose();
        }
        ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
        // The printer's margins are within the PDF's own white border: the sheet shrinks only as far as needed.
        double fit = Math.min(1, Math.min(layout.getPrintableWidth() / sheet.width(),
                layout.getPrintableHeight() / sheet.height()));
        view.setFitWidth(sheet.width() * fit);
        view.setFitHeight(sheet.height() * fit);
        view.setSmooth(true);
        return view;
    }
}
