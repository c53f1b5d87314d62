package fi.polku.export;

import fi.polku.io.AtomicFileWriter;
import fi.polku.model.JourneyMap;
import fi.polku.render.svg.SvgPainter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Exports a map to a file in any {@link ExportFormat}; the one entry point for the app's Export dialog and
 * {@code polku export}. Every format is written atomically, so a failed export never leaves half a file.
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
        if (format.table()) {
            JourneyMap shown = MapFilter.apply(map, options.scope(), options.hiddenLaneIds());
            switch (format) {
                case CSV -> CsvTableWriter.write(TouchpointTables.touchpoints(shown), target);
                case XLSX -> XlsxTableWriter.write(List.of(TouchpointTables.touchpoints(shown),
                        TouchpointTables.measurements(shown)), target);
                default -> throw new IllegalStateException(format + " is not a table");
            }
            return;
        }
        ExportPicture picture = ExportPicture.of(map, options);
        switch (format) {
            case PNG -> PngExporter.write(picture, options, target);
            case PDF -> PdfExporter.write(map, picture, options, target);
            case SVG -> {
                byte[] svg = svg(picture).getBytes(StandardCharsets.UTF_8);
                AtomicFileWriter.write(target, out -> out.write(svg), false);
            }
            default -> throw new IllegalStateException(format + " is not a picture");
        }
    }

    /** The picture as an SVG document with real text, through the same painter the SVG export uses. */
    public static String svg(ExportPicture picture) {
        SvgPainter painter = new SvgPainter(picture.width(), picture.height());
        picture.paint(painter);
        return painter.toSvg();
    }
}
