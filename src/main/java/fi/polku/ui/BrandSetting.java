package fi.polku.ui;

import fi.polku.io.AtomicFileWriter;
import fi.polku.model.Brand;
import fi.polku.model.Logo;
import fi.polku.render.BrandColours;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * The user's default brand, which every new map starts with: the accent colour in the preferences and the
 * logo as a file in Polku's own folder (a logo of up to a megabyte does not fit a preference value).
 */
public final class BrandSetting {
    private static final String ACCENT = "brand.accent";
    private static final String LOGO_TYPE = "brand.logoType";
    private static final String LOGO_FILE = "brand-logo";

    private BrandSetting() {
    }

    /** The stored default, or no brand; a stored accent that no longer passes the contrast rule is left out. */
    public static Brand stored(PolkuHome home) {
        Preferences p = home.preferences();
        String accent = p.get(ACCENT, null);
        if (accent != null && BrandColours.accentProblem(accent).isPresent()) {
            accent = null;
        }
        String type = p.get(LOGO_TYPE, null);
        Logo logo = null;
        Path file = logoFile(home);
        if (type != null && Files.isRegularFile(file)) {
            try {
                logo = new Logo(type, Files.readAllBytes(file));
            } catch (IOException unreadable) {
                // A default that cannot be read is no default; the map simply starts without a logo.
                logo = null;
            }
        }
        return new Brand(accent, logo);
    }

    /** Remembers {@code brand} as the default for new maps. */
    public static void store(PolkuHome home, Brand brand) throws IOException {
        Preferences p = home.preferences();
        Brand b = brand == null ? Brand.NONE : brand;
        if (b.accent() == null) {
            p.remove(ACCENT);
        } else {
            p.put(ACCENT, b.accent());
        }
        Path file = logoFile(home);
        if (b.logo() == null) {
            p.remove(LOGO_TYPE);
            Files.deleteIfExists(file);
        } else {
            Files.createDirectories(home.folder());
            byte[] data = b.logo().data();
            AtomicFileWriter.write(file, out -> out.write(data), false);
            p.put(LOGO_TYPE, b.logo().mediaType());
        }
    }

    private static Path logoFile(PolkuHome home) {
        return home.folder().resolve(LOGO_FILE);
    }
}
