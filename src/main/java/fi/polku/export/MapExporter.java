package fi.polku.export;

import fi.polku.io.AtomicFileWriter;
import fi.polku.model.JourneyMap;
import fi.polku.render.svg.SvgPainter;
import fi.polku.render.svg.SvgText;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Exports a map to a file in any {@link ExportFormat}; the one entry point for the app's Export dialog and
 * {@code polku export}. Every format is written atomically, so a failed export never leaves half a file.
 * Safe to run on a background thread; interrupting it cancels the export with an
 * {@link java.io.InterruptedIOException} and leaves no file.
 */
public final class MapExporter {
    private MapExporter() {
    }

    /**
     * Writes {@code map} to {@code target}.
     *
     * @throws IllegalArgumentException when the options cannot be met (unknown stage, picture too large);
     *                                  the message is one sentence for the user
     */
    public static void export(JourneyMap map, ExportFormat format, ExportOptions options, Path target)
            throws IOException {
        export(map, format, options, target, ExportProgress.NONE);
    }

    /** As {@link #export(JourneyMap, ExportFormat, ExportOptions, Path)}, reporting how far it got. */
    public static void export(JourneyMap map, ExportFormat format, ExportOptions options, Path target,
                              ExportProgress progress) throws IOException {
        export(map, format, options, ExportTable.TOUCHPOINTS, target, progress);
    }

    /**
     * As {@link #export(JourneyMap, ExportFormat, ExportOptions, Path, ExportProgress)}; a CSV file holds
     * {@code csvTable} (a workbook holds every table).
     */
    public static void export(JourneyMap map, ExportFormat format, ExportOptions options, ExportTable csvTable,
                              Path target, ExportProgress progress) throws IOException {
        ExportCancelled.check();
        try {
            write(map, format, options, csvTable, target, progress);
        } catch (ClosedByInterruptException e) {
            // Interrupted inside a file write: the same cancellation, reported the same way.
            InterruptedIOException cancelled = new InterruptedIOException("the export was cancelled");
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    private static void write(JourneyMap map, ExportFormat format, ExportOptions options, ExportTable csvTable,
                              Path target, ExportProgress progress) throws IOException {
        if (format.table()) {
            JourneyMap shown = MapFilter.apply(map, options.scope(), options.hiddenLaneIds());
            switch (format) {
                case CSV -> CsvTableWriter.write(csvTable.of(shown), target);
                case XLSX -> XlsxTableWriter.write(ExportTable.all(shown), target);
                default -> throw new IllegalStateException(format + " is not a table");
            }
            return;
        }
        ExportPicture picture = ExportPicture.of(map, options);
        switch (format) {
            case PNG -> PngExporter.write(picture, options, target, progress);
            case PDF -> PdfExporter.write(map, picture, options, target, progress);
            case SVG -> {
                byte[] svg = svg(picture, options.svgText()).getBytes(StandardCharsets.UTF_8);
                AtomicFileWriter.write(target, out -> out.write(svg), false);
            }
            default -> throw new IllegalStateException(format + " is not a picture");
        }
    }

    /** The picture as an SVG document with real text and the used font embedded, as the SVG export writes it. */
    public static String svg(ExportPicture picture) {
        return svg(picture, SvgText.FONT);
    }

    /** The picture as an SVG document whose text is written as {@code textMode} says. */
    public static String svg(ExportPicture picture, SvgText textMode) {
        SvgPainter painter = new SvgPainter(picture.width(), picture.height(), textMode);
        picture.paint(painter);
        return painter.toSvg();
    }
}
