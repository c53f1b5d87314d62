package fi.polku.ui.export;

import fi.polku.export.ExportFormat;
import fi.polku.export.ExportOptions;
import fi.polku.export.PageLayout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The export settings a user keeps from one export to the next: format, header, legend, size, background,
 * page and the folder of the last export. The map-specific parts (scope, hidden lanes) are not kept, since
 * they name stages and lanes of one map.
 *
 * @param dpi    resolution for PNG when {@code useDpi}, else only remembered
 * @param folder the folder of the last export, or null
 * @param svgTextPaths SVG text as outline paths instead of text with the font embedded
 * @param brand  show the map's logo and accent colour in the header
 */
public record ExportChoices(ExportFormat format, boolean header, boolean legend, int scale, boolean useDpi,
                            int dpi, boolean transparent, PageLayout page, Path folder, boolean svgTextPaths, boolean brand) {
    private static final String NODE = "export";

    public ExportChoices {
        format = format == null ? ExportFormat.PNG : format;
        page = page == null ? PageLayout.FIT : page;
        scale = (int) Math.max(ExportOptions.MIN_SCALE, Math.min(ExportOptions.MAX_SCALE, scale));
        dpi = Math.max(ExportOptions.MIN_DPI, Math.min(ExportOptions.MAX_DPI, dpi));
    }

    /** What a first export starts with: a 2× PNG with header and legend, sharp enough for slides. */
    public static ExportChoices standard() {
        return new ExportChoices(ExportFormat.PNG, true, true, 2, false, 150, false, PageLayout.FIT, null, false, false);
    }

    /** The choices saved under {@code preferences}, or the standard ones for what was never saved. */
    public static ExportChoices load(Preferences preferences) {
        Preferences p = preferences.node(NODE);
        ExportChoices d = standard();
        String folder = p.get("folder", null);
        return new ExportChoices(parse(ExportFormat.class, p.get("format", null), d.format()),
                p.getBoolean("header", d.header()), p.getBoolean("legend", d.legend()), p.getInt("scale", d.scale()),
                p.getBoolean("useDpi", d.useDpi()), p.getInt("dpi", d.dpi()),
                p.getBoolean("transparent", d.transparent()), parse(PageLayout.class, p.get("page", null), d.page()),
                folder == null ? null : Path.of(folder), p.getBoolean("svgTextPaths", d.svgTextPaths()),
                p.getBoolean("brand", d.brand()));
    }

    /** Saves the choices for the next export. */
    public void save(Preferences preferences) {
        Preferences p = preferences.node(NODE);
        p.put("format", format.name());
        p.putBoolean("header", header);
        p.putBoolean("legend", legend);
        p.putInt("scale", scale);
        p.putBoolean("useDpi", useDpi);
        p.putInt("dpi", dpi);
        p.putBoolean("transparent", transparent);
        p.put("page", page.name());
        p.putBoolean("svgTextPaths", svgTextPaths);
        p.putBoolean("brand", brand);
        if (folder != null) {
            p.put("folder", folder.toAbsolutePath().toString());
        }
    }

    /** The last export folder if it still exists. */
    public Optional<Path> existingFolder() {
        return Optional.ofNullable(folder).filter(Files::isDirectory);
    }

    public ExportChoices withFolder(Path newFolder) {
        return new ExportChoices(format, header, legend, scale, useDpi, dpi, transparent, page, newFolder, svgTextPaths,
                brand);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        if (name != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }
        return fallback;
    }
}
