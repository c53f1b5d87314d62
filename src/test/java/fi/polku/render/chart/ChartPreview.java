package fi.polku.render.chart;

import fi.polku.export.ChartExporter;
import fi.polku.export.ExportFormat;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every chart of the samples as PNG into a folder, to look at them: {@code ChartPreview OUT [W H]}. */
public final class ChartPreview {
    private ChartPreview() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path out = Files.createDirectories(Path.of(args[0]));
        double w = args.length > 2 ? Double.parseDouble(args[1]) : ChartStyle.WIDTH;
        double h = args.length > 2 ? Double.parseDouble(args[2]) : ChartStyle.HEIGHT;
        for (String sample : new String[] {"store-bus", "billing-complaint", "car-dealership"}) {
            JourneyMap map = MapFiles.load(Path.of("assets/samples/" + sample + ".polku.json"));
            for (ChartView view : ChartView.values()) {
                Chart chart = view.picture(map, Localization.ofTag(map.language()), w, h);
                ChartExporter.write(chart, ExportFormat.PNG, out.resolve(sample + "-" + view.id() + ".png"),
                        chart.title(), Localization.ofTag(map.language()));
            }
        }
    }
}
