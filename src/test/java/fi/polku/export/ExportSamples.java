package fi.polku.export;

import fi.polku.layout.SampleMaps;
import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The Finnish sample map the export tests and golden images use, and a main that exports it for looking at. */
public final class ExportSamples {
    /** The date printed in golden headers, so that references do not change with the clock. */
    public static final LocalDate DATE = LocalDate.of(2026, 11, 2);

    private ExportSamples() {
    }

    /** The department-store journey with a persona and a description. */
    public static JourneyMap storeBus() {
        return SampleMaps.storeBus()
                .withTitle("Tavaratalon asiakasbussi – asiakaspolku")
                .withDescription("Asiakasbussi tuo asiakkaat tavarataloon; missä kohdin kokemus jää alle odotusten?")
                .withPersonas(List.of(new Persona("p1", "Eeva, 68, käy kaupungissa kerran viikossa", "")))
                .withTimestamps(Instant.parse("2026-10-01T08:00:00Z"), Instant.parse("2026-11-02T14:30:00Z"));
    }

    /** Options with a fixed header date. */
    public static ExportOptions options(JourneyMap map) {
        HeaderText h = HeaderText.of(map);
        return ExportOptions.defaults(map).withHeader(new HeaderText(h.title(), h.persona(), DATE));
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/look");
        Files.createDirectories(dir);
        JourneyMap map = storeBus();
        ExportOptions o = options(map);
        MapExporter.export(map, ExportFormat.PNG, o.withScale(2), dir.resolve("map.png"));
        MapExporter.export(map, ExportFormat.PDF, o, dir.resolve("map.pdf"));
        MapExporter.export(map, ExportFormat.PDF, o.withPage(PageLayout.A4), dir.resolve("map-a4.pdf"));
        MapExporter.export(SampleMaps.large(14, 6, 160), ExportFormat.PDF, ExportOptions.defaults(SampleMaps.large(14, 6, 160))
                .withPage(PageLayout.A4).withTiles(true), dir.resolve("poster-a4.pdf"));
        MapExporter.export(map, ExportFormat.SVG, o, dir.resolve("map.svg"));
        MapExporter.export(map, ExportFormat.XLSX, o, dir.resolve("map.xlsx"));
        MapExporter.export(map, ExportFormat.CSV, o, dir.resolve("map.csv"));
    }
}
