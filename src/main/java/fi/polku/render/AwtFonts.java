package fi.polku.render;

import fi.polku.layout.FontFace;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled Noto Sans faces as AWT fonts, loaded from the application itself so that PNG pictures and SVG
 * text outlines never depend on installed fonts. Needs no display.
 */
public final class AwtFonts {
    private static final Map<FontFace, Font> FONTS = new EnumMap<>(FontFace.class);

    private AwtFonts() {
    }

    /** The face at size 1, read once from the application's own TrueType file. */
    public static Font font(FontFace face) {
        synchronized (FONTS) {
            return FONTS.computeIfAbsent(face, AwtFonts::load);
        }
    }

    private static Font load(FontFace face) {
        try (InputStream in = AwtFonts.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing from the application: " + face.resource());
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled font " + face.resource(), e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Bundled font " + face.resource() + " is not a TrueType font", e);
        }
    }
}
