package fi.polku.render.svg;

import fi.polku.layout.MapLayouter;
import fi.polku.layout.SampleMaps;
import fi.polku.layout.Theme;
import fi.polku.render.FontMetricsTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample map as target/preview.svg for looking at (convert with rsvg-convert). */
public final class SvgPreview {
    private SvgPreview() {
    }

    public static void main(String[] args) throws IOException {
        String svg = SvgPainter.render(MapLayouter.layout(SampleMaps.storeBus(), Theme.standard(),
                FontMetricsTable.shared()));
        Path out = Path.of(args.length > 0 ? args[0] : "target/preview.svg");
        Files.writeString(out, svg, StandardCharsets.UTF_8);
    }
}
