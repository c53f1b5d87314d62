package fi.polku.ui.export;

import fi.polku.export.ExportFormat;

import java.text.Normalizer;

/** Suggests an export's file name from the map's title, keeping letters such as ä and ö but no path characters. */
public final class ExportFileName {
    private static final int MAX_LENGTH = 80;

    private ExportFileName() {
    }

    /** For example "Tavaratalon asiakasbussi.png"; {@code fallback} when the title leaves nothing usable. */
    public static String suggest(String title, ExportFormat format, String fallback) {
        String name = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC)
                // Characters that Windows, macOS or Linux refuse or treat specially in file names.
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        // A leading dot hides the file, a trailing dot or space is dropped by Windows.
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).strip();
        }
        if (name.isEmpty()) {
            name = fallback;
        }
        return name + "." + format.extension();
    }
}
