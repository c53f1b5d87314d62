package fi.polku.ui;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * Where the app keeps its own files and settings. The folder is {@code ~/.polku} unless the system
 * property {@code polku.home} names another one, which tests use to stay away from the user's files.
 */
public record PolkuHome(Path folder, Preferences preferences) {
    /** The user's home folder and preferences, or a test folder and node when {@code polku.home} is set. */
    public static PolkuHome fromSystem() {
        String override = System.getProperty("polku.home");
        if (override != null && !override.isBlank()) {
            Path folder = Path.of(override);
            String node = "fi/polku/test/" + Integer.toHexString(folder.toAbsolutePath().toString().hashCode());
            return new PolkuHome(folder, Preferences.userRoot().node(node));
        }
        return new PolkuHome(Path.of(System.getProperty("user.home"), ".polku"),
                Preferences.userRoot().node("fi/polku"));
    }

    public Path recoveryFolder() {
        return folder.resolve("recovery");
    }

    /** The user's own templates for File → New from Template, saved by File → Save as Template. */
    public Path templatesFolder() {
        return folder.resolve("templates");
    }
}
