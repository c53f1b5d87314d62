package fi.polku.render.chart;

import fi.polku.io.MapFiles;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.model.JourneyMap;
import fi.polku.render.svg.SvgPainter;
import fi.polku.text.Localization;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the store-bus matrix as SVG files to look at: {@code MatrixChartDemo OUT_DIR}. */
public final class MatrixChartDemo {
    public static void main(String[] args) throws Exception {
        JourneyMap map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        Path out = Path.of(args[0]);
        write(out.resolve("matrix-fi.svg"), MatrixChart.of(map, Localization.FINNISH, 900, 600));
        write(out.resolve("matrix-en.svg"), MatrixChart.of(map, Localization.ENGLISH, 900, 600));
        write(out.resolve("matrix-small.svg"), MatrixChart.of(map, Localization.ENGLISH, 420, 300));
        write(out.resolve("matrix-means.svg"), new MatrixChart(MatrixAnalysis.allMetrics(map, Crosshair.DATA_MEANS),
                Localization.ENGLISH, 900, 600));
        for (String name : new String[] {"car-dealership", "complaint-call"}) {
            Path file = Path.of("assets/samples/" + name + ".polku.json");
            if (Files.exists(file)) {
                write(out.resolve(name + ".svg"), MatrixChart.of(MapFiles.load(file), Localization.FINNISH, 1000, 640));
            }
        }
        write(out.resolve("matrix-csat.svg"), new MatrixChart(MatrixAnalysis.oneMetric(map, "csat", Crosshair.TARGET),
                Localization.FINNISH, 900, 600));
    }

    private static void write(Path file, MatrixChart chart) throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage((int) chart.width() * 2,
                (int) chart.height() * 2, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.scale(2, 2);
        chart.paint(new fi.polku.export.Java2dPainter(g));
        g.dispose();
        javax.imageio.ImageIO.write(img, "png", file.resolveSibling(file.getFileName().toString().replace(".svg", ".png")).toFile());
        SvgPainter svg = new SvgPainter(chart.width(), chart.height());
        chart.paint(svg);
        Files.writeString(file, svg.toSvg());
    }
}
