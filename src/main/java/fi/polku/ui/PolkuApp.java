package fi.polku.ui;

import fi.polku.render.FontMetricsTable;
import fi.polku.text.Localization;
import fi.polku.ui.theme.ThemeSetting;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** The desktop application: loads the bundled font and theme and opens one map window. */
public final class PolkuApp extends Application {
    private static final List<String> FONTS = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoSans-Italic.ttf");

    private static final String SAMPLE = "--sample";
    private static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory";

    /** Starts the app; {@code args} is empty or holds one map file to open. */
    public static void launchApp(String[] args) {
        Application.launch(PolkuApp.class, args);
    }

    /** Starts the app on an untitled copy of the bundled sample {@code name}, which Save never writes back. */
    public static void launchSample(String name) {
        Application.launch(PolkuApp.class, SAMPLE, name);
    }

    public static void main(String[] args) {
        launchApp(args);
    }

    @Override
    public void start(Stage stage) {
        // The bundled fonts are registered on a thread of their own while the settings, the stylesheet and
        // the map's file are read here; the window's nodes are made only once they are in (see below).
        Thread fonts = Thread.ofPlatform().daemon().name("polku-fonts").start(PolkuApp::loadFonts);
        List<String> args = getParameters().getRaw();
        String sample = args.size() == 2 && args.getFirst().equals(SAMPLE) ? args.get(1) : null;
        Path argument = args.isEmpty() || sample != null ? null : Path.of(args.getFirst());
        PolkuHome home = PolkuHome.fromSystem();
        // The window is built in the language the user chose, or the system's until they choose one.
        UiLanguage.install();
        Localization.setUi(LanguageSetting.stored(home.preferences()));
        // The file is read while the window is built.
        StartupRead read = sample != null ? StartupRead.beginSample(sample)
                : StartupRead.fileToOpen(argument, new RecentFiles(home.preferences())).map(StartupRead::begin)
                .orElse(null);
        preloadFontMetrics();
        Application.setUserAgentStylesheet(ThemeSetting.stored(home.preferences()).stylesheet());
        // A font named in a stylesheet or made for a control must be registered before the first node asks.
        awaitFonts(fonts);
        MainWindow window = new MainWindow(stage, home, BlankMap.create(BrandSetting.stored(home)), null);
        AppIcon.installAfterFirstFrame(stage);
        boolean opened = read != null && window.adoptStartupRead(read);
        window.show();
        if ((argument == null && sample == null) || opened) {
            FirstFrameProbe.afterShow();
        } else {
            // The file is still being read; the frame that counts is the one showing its map.
            FirstFrameProbe.afterFirstChange(window.document().mapProperty());
        }
        if (!opened) {
            // Show the window first, so that a recovery question or an open error has a parent to sit on.
            Platform.runLater(() -> window.startUpWith(read));
        }
    }

    /**
     * Reads the font metrics the map layout measures text with on another thread while the window is built:
     * the first layout would otherwise parse the font files on the JavaFX thread before the first map frame.
     */
    private static void preloadFontMetrics() {
        // The font parser logs through Commons Logging, whose first use would otherwise look for Log4j and
        // start its whole API (some ninety classes) only to choose SLF4J, which the app binds to nothing.
        if (System.getProperty(LOG_FACTORY) == null) {
            System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
        Thread t = new Thread(FontMetricsTable::shared, "polku-font-metrics");
        t.setDaemon(true);
        t.start();
    }

    private static void awaitFonts(Thread fonts) {
        try {
            fonts.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Loads Noto Sans from the jar so that text looks and measures the same on every machine. */
    static void loadFonts() {
        for (String name : FONTS) {
            try (InputStream in = PolkuApp.class.getResourceAsStream("/assets/fonts/" + name)) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (IOException e) {
                // The platform's default font is a fine fallback; the app stays usable.
                System.getLogger(PolkuApp.class.getName()).log(System.Logger.Level.WARNING,
                        "font " + name + " not loaded: " + e.getMessage());
            }
        }
    }
}
