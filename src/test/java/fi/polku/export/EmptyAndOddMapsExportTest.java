package fi.polku.export;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Maps a user really has (a fresh empty one, an emoji in a title, a selection of nothing) export in every format. */
class EmptyAndOddMapsExportTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aNewEmptyMapExports(ExportFormat format) throws Exception {
        JourneyMap map = JourneyMap.empty("new", "Uusi kartta");
        Path file = dir.resolve("new." + format.extension());
        MapExporter.export(map, format, ExportOptions.defaults(map), file);
        assertThat(Files.size(file)).isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"PNG", "PDF", "SVG"})
    void aSelectionOfNothingExportsTheHeaderAndLegendOnly(ExportFormat format) throws Exception {
        JourneyMap map = ExportSamples.storeBus();
        Path file = dir.resolve("none." + format.extension());
        MapExporter.export(map, format, ExportSamples.options(map).withScope(new ExportScope.Selection(Set.of())), file);
        assertThat(Files.size(file)).isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"PNG", "PDF", "CSV", "XLSX"})
    void anInterruptedExportIsCancelledAndLeavesNoFile(ExportFormat format) throws Exception {
        JourneyMap map = ExportSamples.storeBus();
        Path file = dir.resolve("cancelled." + format.extension());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> MapExporter.export(map, format, ExportSamples.options(map), file))
                    .isInstanceOf(java.io.InterruptedIOException.class).hasMessage("the export was cancelled");
        } finally {
            Thread.interrupted();
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void pdfTextKeepsWhatTheFontLacksReadable() throws Exception {
        JourneyMap map = ExportSamples.storeBus();
        List<Touchpoint> tps = new ArrayList<>(map.touchpoints());
        tps.set(0, tps.get(0).withTitle("Kiitos 😀 palautteesta"));
        map = map.withTouchpoints(tps);
        Path file = dir.resolve("emoji.pdf");
        MapExporter.export(map, ExportFormat.PDF, ExportSamples.options(map), file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            // The emotion scale's "−3" has a minus sign Noto Sans lacks: it prints as a hyphen, not a box.
            assertThat(text).contains("Kiitos ? palautteesta", "-3");
        }
    }
}
