package fi.polku.ui.inspector;

import fi.polku.model.Logo;
import fi.polku.render.LogoImage;
import fi.polku.text.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A logo file the user chose, checked before it becomes part of a map: a PNG or SVG image of at most
 * {@link LogoImage#MAX_BYTES} that decodes. A refusal names the file, so a bad logo is reported where it
 * was chosen and never surprises an export.
 */
sealed interface LogoFile {
    /** The file read as a logo. */
    record Accepted(Logo logo) implements LogoFile {
    }

    /** Why the file cannot be a logo. */
    record Refused(Text reason) implements LogoFile {
    }

    static LogoFile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > LogoImage.MAX_BYTES) {
                return new Refused(Text.of("brand.logo.tooLarge", name, size / (1024.0 * 1024.0),
                        LogoImage.MAX_BYTES / (1024 * 1024)));
            }
            byte[] data = Files.readAllBytes(file);
            String type = mediaType(name, data);
            if (type == null) {
                return new Refused(Text.of("brand.logo.notAnImage", name));
            }
            Logo logo = new Logo(type, data);
            return LogoImage.of(logo).usable() ? new Accepted(logo) : new Refused(Text.of("brand.logo.unreadable", name));
        } catch (IOException e) {
            return new Refused(Text.of("brand.logo.cannotRead", name,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** PNG by its signature, SVG by its name or an XML start; anything else is no logo. */
    private static String mediaType(String name, byte[] data) {
        if (data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return Logo.PNG;
        }
        String start = new String(data, 0, Math.min(data.length, 256), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading().replace("\uFEFF", "");
        if (name.toLowerCase(Locale.ROOT).endsWith(".svg") || start.startsWith("<?xml") || start.startsWith("<svg")) {
            return Logo.SVG;
        }
        return null;
    }
}
