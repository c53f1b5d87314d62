package fi.polku.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code polku report} as a script uses it: one PDF, or one clear line and exit 1, never half a file. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheReportOfTheSample() throws Exception {
        CliRun cli = new CliRun();
        Path pdf = dir.resolve("bussi.pdf");
        int status = cli.run("report", CliRun.SAMPLES.resolve("store-bus.polku.json").toString(), "-o", pdf.toString(),
                "--paper", "A3");
        assertThat(status).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Wrote the report of", pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Tärkeimmät kehityskohteet");
            // The map page is landscape A3.
            assertThat(doc.getPage(2).getMediaBox().getWidth()).isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void aFolderAsOutputGetsAReportNamedAfterTheMap() throws Exception {
        CliRun cli = new CliRun();
        int status = cli.run("report", CliRun.SAMPLES.resolve("store-bus.polku.json").toString(), "-o", dir.toString());
        assertThat(status).as(cli.err()).isZero();
        assertThat(dir.resolve("store-bus-report.pdf")).isRegularFile();
    }

    @Test
    void formatPptxWritesTheDeckNamedAfterTheMap() throws Exception {
        CliRun cli = new CliRun();
        int status = cli.run("report", CliRun.SAMPLES.resolve("store-bus.polku.json").toString(), "--format", "PPTX",
                "-o", dir.toString());
        assertThat(status).as(cli.err()).isZero();
        Path deck = dir.resolve("store-bus-report.pptx");
        try (var show = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(deck))) {
            assertThat(show.getSlides()).hasSizeGreaterThan(8);
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun cli = new CliRun();
        int status = cli.run("report", CliRun.SAMPLES.resolve("store-bus.polku.json").toString(), "--format", "key",
                "-o", dir.resolve("x.key").toString());
        assertThat(status).isEqualTo(2);
        assertThat(cli.err()).contains("'key' is not a report format; use pdf or pptx");
        assertThat(dir.resolve("x.key")).doesNotExist();
    }

    @Test
    void aBrokenMapIsOneLocatedLineAndExitOneWithNoFile() throws Exception {
        Path map = dir.resolve("broken.polku.json");
        try (InputStream in = getClass().getResourceAsStream("/broken/missing-required.polku.json")) {
            Files.copy(in, map);
        }
        CliRun cli = new CliRun();
        int status = cli.run("report", map.toString(), "-o", dir.resolve("out.pdf").toString());
        assertThat(status).isEqualTo(1);
        assertThat(cli.err()).contains("broken.polku.json:").doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("out.pdf")).doesNotExist();
    }

    @Test
    void aMissingMapAndAnUnwritableOutputAreClearMessages() throws Exception {
        CliRun missing = new CliRun();
        assertThat(missing.run("report", dir.resolve("nothing.polku.json").toString(), "-o",
                dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(missing.err()).contains("nothing.polku.json").doesNotContain("Exception");

        CliRun unwritable = new CliRun();
        Path target = dir.resolve("no-such-folder").resolve("x.pdf");
        assertThat(unwritable.run("report", CliRun.SAMPLES.resolve("store-bus.polku.json").toString(), "-o",
                target.toString())).isEqualTo(1);
        assertThat(unwritable.err().strip()).isEqualTo(target + ": cannot write the report: no such folder");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void helpAndErrorsSpeakFinnish() {
        CliRun help = new CliRun();
        assertThat(help.run("report", "--help", "--lang", "fi")).isZero();
        assertThat(help.out()).contains("asiakasraportti", "Karttasivujen paperi");
        CliRun paper = new CliRun();
        assertThat(paper.run("report", "x.polku.json", "-o", "x.pdf", "--paper", "a5", "--lang", "fi")).isEqualTo(2);
        assertThat(paper.err()).contains("'a5' ei ole karttasivujen paperikoko");
        CliRun list = new CliRun();
        list.run("--help");
        assertThat(list.out()).contains("report");
    }
}
