package fi.polku.export.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LibreOffice Impress opens the deck as it is: headless, it converts the deck to PDF with one page per slide.
 * A deck it had to repair, or could not read, fails the conversion or leaves no PDF.
 */
class DeckInLibreOfficeTest {
    private static final String NO_SOFFICE = "No soffice binary on PATH: the deck-in-LibreOffice conversion is "
            + "skipped (install the Debian package libreoffice-impress-nogui, as .ci/run does)";

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsTheDeckToAPdfWithOnePagePerSlide() throws Exception {
        Optional<Path> soffice = soffice();
        assumeTrue(soffice.isPresent(), NO_SOFFICE);
        byte[] bytes = DeckWriterTest.deck(ReportWriterTest.storeBus());
        Path deck = dir.resolve("deck.pptx");
        Files.write(deck, bytes);
        int slides;
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
            slides = show.getSlides().size();
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        // A profile of its own: no first-start dialogs, no clash with a LibreOffice the user has open.
        Process p = new ProcessBuilder(soffice.get().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", out.toString(), deck.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean finished = p.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("soffice.log"));
        assertThat(finished).as("soffice finished within 3 minutes: %s", log).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        Path pdf = out.resolve("deck.pdf");
        assertThat(pdf).as(log).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(slides);
        }
        assertThat(log.toLowerCase(java.util.Locale.ROOT)).doesNotContain("repair").doesNotContain("error");
    }

    private static Optional<Path> soffice() {
        return fi.polku.testing.Programs.onPath("soffice", "libreoffice");
    }
}
