package fi.polku.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** Starts the window with an in-memory map, for looking at the UI before the file codec exists. */
public final class DemoLauncher extends Application {
    public static void main(String[] args) {
        Application.launch(DemoLauncher.class, args);
    }

    @Override
    public void start(Stage stage) {
        PolkuApp.loadFonts();
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(stage, PolkuHome.fromSystem(), TestMaps.storeBus(), null);
        window.show();
        var args = getParameters().getRaw();
        if (args.contains("--select")) {
            window.state().selection().add("t1");
        }
        if (args.contains("--multi")) {
            window.state().selection().addAll(java.util.List.of("t1", "t3"));
        }
        if (args.contains("--lane")) {
            window.state().selectedLaneProperty().set("l2");
        }
        if (args.contains("--scroll")) {
            javafx.application.Platform.runLater(() -> window.inspector().setVvalue(1));
        }
        if (args.contains("--dark")) {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        }
        if (args.contains("--dirty")) {
            window.editor().renameTouchpoint("t1", "Bus ride to the store (edited)");
        }
    }
}
