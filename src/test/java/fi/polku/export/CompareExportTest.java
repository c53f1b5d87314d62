package fi.polku.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.io.MapFiles;
import fi.polku.metrics.MapComparison;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture export of a compared map carries the compare view as the canvas shows it (the changed card's
 * score delta, the line naming what is compared) in SVG, PNG and PDF; without a comparison nothing changes.
 */
class CompareExportTest {
    private static final Path SAMPLE = Path.of("assets/samples/car-dealership.polku.json");
    private static final String LABEL = "car-dealership.polku.json";
    private static JourneyMap before;
    private static JourneyMap after;
    private static MapComparison comparison;

    @TempDir
    Path dir;

    @BeforeAll
    static void compare() throws Exception {
        before = MapFiles.load(SAMPLE);
        after = raisedAndRemoved(before);
        comparison = MapComparison.of(before, after);
    }

    /** The sample with the test drive's (t9) CSAT 10 points higher, one card removed and one added. */
    static JourneyMap raisedAndRemoved(JourneyMap sample) {
        List<Touchpoint> cards = new ArrayList<>();
        for (Touchpoint t : sample.touchpoints()) {
            if (t.id().equals("t9")) {
                List<Measurement> ms = new ArrayList<>();
                for (Measurement m : t.measurements()) {
                    ms.add(!m.metric().equals("csat") ? m : new Measurement("csat", m.value() + 10, m.n(),
                            m.ciLow() + 10, Math.min(100, m.ciHigh() + 10), m.dateFrom(), m.date().plusDays(1),
                            m.source(), m.evidence()));
                }
                cards.add(t.withMeasurements(ms));
            } else if (!t.id().equals("t5")) {
                cards.add(t);
            }
        }
        cards.add(Touchpoint.create("new1", "Chat-neuvonta", "s1", sample.touchpoints().get(1).laneId()));
        return sample.withTouchpoints(cards);
    }

    private static ExportOptions compared() {
        return ExportSamples.options(after).withCompare(ExportComparison.of(comparison, LABEL));
    }

    /** The delta as the canvas writes it on the test drive's card, in the map's language, beside its triangle. */
    private static String delta() {
        Locale language = Localization.ofTag(after.language());
        double d = comparison.cardChanges().get("t9").delta();
        return "+" + Formats.number(language, d, 1);
    }

    @Test
    void theSvgOfAComparedMapHasTheChangedCardsDeltaAndSaysWhatIsCompared() {
        String svg = MapExporter.svg(ExportPicture.of(after, compared()));

        assertThat(svg).contains(">" + delta() + "<");
        assertThat(svg).contains("export-compare");
        String caption = Localization.format(Localization.ofTag(after.language()), "export.compare.caption", LABEL);
        assertThat(svg).contains(caption.substring(0, 20));
        // The removed card is there as a ghost.
        assertThat(svg).contains(before.touchpoint("t5").orElseThrow().title());
    }

    @Test
    void theCaptionIsInTheMapsLanguage() {
        assertThat(Localization.format(Localization.FINNISH, "export.compare.caption", "A → B")).startsWith("Verrattu: A → B.");
        assertThat(Localization.format(Localization.ENGLISH, "export.compare.caption", "A → B"))
                .startsWith("Compared with A → B.");
    }

    @Test
    void withoutAComparisonTheExportIsUnchanged() {
        ExportOptions plain = ExportSamples.options(after);
        String svg = MapExporter.svg(ExportPicture.of(after, plain));

        assertThat(MapExporter.svg(ExportPicture.of(after, plain.withCompare(null)))).isEqualTo(svg);
        assertThat(svg).doesNotContain("export-compare").doesNotContain(delta());
        assertThat(ExportComparison.of(null, LABEL)).isNull();
    }

    @Test
    void thePngAndPdfOfAComparedMapDrawTheMarks() throws Exception {
        Path plainPng = dir.resolve("plain.png");
        Path comparedPng = dir.resolve("compared.png");
        MapExporter.export(after, ExportFormat.PNG, ExportSamples.options(after), plainPng);
        MapExporter.export(after, ExportFormat.PNG, compared(), comparedPng);
        BufferedImage plain = ImageIO.read(plainPng.toFile());
        BufferedImage marked = ImageIO.read(comparedPng.toFile());
        // The compare line above the map makes the picture taller; the added card's "+" tab is drawn on the map.
        assertThat(marked.getHeight()).isGreaterThan(plain.getHeight());
        assertThat(countColour(marked, 0xFF009E73)).isGreaterThan(countColour(plain, 0xFF009E73) + 50);
        if (System.getProperty("compare.look") != null) {
            Files.copy(comparedPng, Path.of(System.getProperty("compare.look")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        Path pdf = dir.resolve("compared.pdf");
        MapExporter.export(after, ExportFormat.PDF, compared(), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text.replaceAll("\\s+", " ")).contains(delta());
        }
    }

    private static int countColour(BufferedImage image, int argb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == argb) {
                    n++;
                }
            }
        }
        return n;
    }
}
