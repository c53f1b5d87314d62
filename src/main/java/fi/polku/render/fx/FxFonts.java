package fi.polku.render.fx;

import fi.polku.layout.FontFace;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The bundled Noto Sans registered with JavaFX, and a cache of its fonts by face and size. */
public final class FxFonts {
    private static String family;
    private static final Map<Long, Font> CACHE = new HashMap<>();

    private FxFonts() {
    }

    /** Registers the bundled faces with JavaFX once; returns the family name to ask for. */
    public static synchronized String family() {
        if (family == null) {
            for (FontFace face : FontFace.values()) {
                try (InputStream in = FxFonts.class.getResourceAsStream(face.resource())) {
                    if (in == null) {
                        throw new IllegalStateException("Bundled font missing: " + face.resource());
                    }
                    Font f = Font.loadFont(in, 12);
                    if (face == FontFace.REGULAR && f != null) {
                        family = f.getFamily();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read bundled font " + face.resource(), e);
                }
            }
            if (family == null) {
                family = "Noto Sans";
            }
        }
        return family;
    }

    /** The font of a face at a size (sizes are cached to a hundredth of a pixel). */
    public static synchronized Font font(FontFace face, double size) {
        long key = Math.round(size * 100) * 4 + face.ordinal();
        Font f = CACHE.get(key);
        if (f == null) {
            f = Font.font(family(), face.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    face.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, size);
            CACHE.put(key, f);
        }
        return f;
    }
}
