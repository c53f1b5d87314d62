package fi.polku.ui;

import fi.polku.io.sheet.TouchpointSheetFixtures;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the main window on the sample and File → New from Spreadsheet on a file, to look at the preview
 * (screenshots). Argument: a spreadsheet; a missing {@code .xlsx} is first written as the Finnish test workbook.
 */
public final class SheetDialogLauncher extends Application {
    /** Run this one: a main class that is no Application passes the JavaFX check on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(SheetDialogLauncher.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        PolkuApp.loadFonts();
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path file = Path.of(getParameters().getRaw().getFirst());
        if (!Files.exists(file) && file.toString().endsWith(".xlsx")) {
            Files.move(TouchpointSheetFixtures.finnishWorkbook(Files.createTempDirectory("polku-sheet")), file);
        }
        MainWindow window = new MainWindow(stage, PolkuHome.fromSystem(), TestMaps.storeBus(), null);
        window.show();
        window.files().newFromSpreadsheet(file);
    }
}
