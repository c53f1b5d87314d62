package fi.polku.ui.export;

import fi.polku.export.ExportFormat;
import fi.polku.export.ExportOptions;
import fi.polku.export.ExportPicture;
import fi.polku.export.PageLayout;
import fi.polku.export.PosterTiling;
import fi.polku.export.PngSize;
import fi.polku.ui.Messages;

/** Describes how large an export will be, in the words and units of its format, for under the preview. */
final class OutputSize {
    private OutputSize() {
    }

    /** The PNG's size in pixels, as {@link fi.polku.export.PngExporter} sizes it. */
    static int[] pngPixels(ExportPicture picture, ExportOptions options) {
        PngSize size = PngSize.of(picture, options);
        return new int[] {size.width(), size.height()};
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
                    : sheetsText(sheets(picture, format, options), options.page());
            case CSV, XLSX -> "";
        };
    }

    /** The sheets a PDF on A4/A3 will have, or null for any other export (shown as the picture itself). */
    static PosterTiling sheets(ExportPicture picture, ExportFormat format, ExportOptions options) {
        if (format != ExportFormat.PDF || options.page() == PageLayout.FIT) {
            return null;
        }
        return PosterTiling.of(options.page(), picture.width(), picture.height(), options.tiles());
    }

    private static String sheetsText(PosterTiling sheets, PageLayout page) {
        String paper = Messages.get("export.page." + page.name());
        if (!sheets.poster()) {
            return Messages.format("export.size.pdfSheet", paper, Math.round(sheets.scale() / PosterTiling.NATURAL * 100));
        }
        return Messages.format("export.size.pdfPoster", sheets.tiles().size(), paper, sheets.columns(), sheets.rows());
    }
}
