package fi.polku.export;

import fi.polku.layout.SampleMaps;
import fi.polku.model.JourneyMap;

import java.nio.file.Path;

/**
 * Exports a generated map as a large PNG and prints "WIDTH HEIGHT STRIPS MILLIS"; run in a child JVM with
 * a small heap to show that a PNG export does not hold the whole image.
 * Arguments: stages, lanes, touchpoints, scale, output file.
 */
public final class PngStreamingMain {
    private PngStreamingMain() {
    }

    public static void main(String[] args) throws Exception {
        JourneyMap map = SampleMaps.large(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]));
        ExportOptions options = ExportOptions.defaults(map).withScale(Double.parseDouble(args[3]));
        ExportPicture picture = ExportPicture.of(map, options);
        long start = System.nanoTime();
        PngSize size = PngSize.of(picture, options);
        StripImage image = PngExporter.write(picture, options, Path.of(args[4]), PngExporter.stripRows(size.width()));
        System.out.println(size.width() + " " + size.height() + " " + image.paintedStrips() + " "
                + (System.nanoTime() - start) / 1_000_000);
    }
}
