package fi.polku.ui.export;

import fi.polku.export.ExportFormat;
import fi.polku.export.ExportOptions;
import fi.polku.export.ExportPicture;
import fi.polku.export.PageLayout;
import fi.polku.ui.Messages;

/** Describes how large an export will be, in the words and units of its format, for under the preview. */
final class OutputSize {
    private static final double CSS_DPI = 96;

    private OutputSize() {
    }

    /** The PNG's size in pixels, computed as {@link fi.polku.export.PngExporter} sizes it. */
    static int[] pngPixels(ExportPicture picture, ExportOptions options) {
        if (options.dpi() != null && options.page() != PageLayout.FIT) {
            return new int[] {(int) Math.round(options.page().widthMm() / 25.4 * options.dpi()),
                    (int) Math.round(options.page().heightMm() / 25.4 * options.dpi())};
        }
        double scale = options.dpi() != null ? options.dpi() / CSS_DPI : options.scale();
        return new int[] {(int) Math.ceil(picture.width() * scale), (int) Math.ceil(picture.height() * scale)};
    }

    static String describe(ExportPicture picture, ExportFormat format, ExportOptions options) {
        return switch (format) {
            case PNG -> {
                int[] px = pngPixels(picture, options);
                yield Messages.format("export.size.pixels", px[0], px[1]);
            }
            case SVG -> Messages.format("export.size.svg", Math.round(picture.width()), Math.round(picture.height()));
            case PDF -> options.page() == PageLayout.FIT
                    ? Messages.format("export.size.pdfFit", Math.round(picture.width() * 0.75 / 72 * 25.4),
                    Math.round(picture.height() * 0.75 / 72 * 25.4))
                    : Messages.format("export.size.pdfSheet", Messages.get("export.page." + options.page().name()));
            case CSV, XLSX -> "";
        };
    }
}
