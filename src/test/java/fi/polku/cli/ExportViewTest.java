package fi.polku.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code polku export MAP --view ranking|score|emotion|opportunities|channels}: each chart as a file. */
class ExportViewTest {
    @TempDir
    Path dir;

    private Path storeBus() throws IOException {
        Path map = dir.resolve("bussi.polku.json");
        Files.copy(CliRun.SAMPLES.resolve("store-bus.polku.json"), map);
        return map;
    }

    @Test
    void everyViewExportsAsPngSvgAndPdfInTheMapsLanguage() throws Exception {
        Path map = storeBus();
        for (String view : new String[] {"ranking", "score", "emotion", "opportunities", "channels"}) {
            for (String format : new String[] {"png", "svg", "pdf"}) {
                Path out = dir.resolve(view + "." + format);
                CliRun cli = new CliRun();

                assertThat(cli.run("export", map.toString(), "--format", format, "--view", view, "-o", out.toString()))
                        .as(cli.err()).isZero();
                assertThat(out).isNotEmptyFile();
            }
        }
        assertThat(ImageIO.read(dir.resolve("score.png").toFile()).getWidth()).isEqualTo(2400);
        assertThat(Files.readString(dir.resolve("channels.svg")).replace('\u00a0', ' '))
                .contains("Kanavien tuloskortti", "77,8 %", "n = 176");
        try (PDDocument doc = Loader.loadPDF(dir.resolve("opportunities.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replace('\u00a0', ' '))
                    .contains("Mahdollisuuksien arvo vuodessa", "468 000 €");
        }
    }

    @Test
    void withoutOutputTheChartGoesBesideTheMapNamedAfterTheView() throws Exception {
        Path map = storeBus();
        CliRun cli = new CliRun();

        assertThat(cli.run("export", map.toString(), "--format", "svg", "--view", "Channels")).as(cli.err()).isZero();

        assertThat(dir.resolve("bussi-channels.svg")).isNotEmptyFile();
    }

    @Test
    void theMapIsStillTheDefaultView() throws Exception {
        Path map = storeBus();
        Path out = dir.resolve("map.svg");

        assertThat(new CliRun().run("export", map.toString(), "--format", "svg", "-o", out.toString())).isZero();

        assertThat(Files.readString(out)).contains("Aikataulu verkkosivuilla").doesNotContain("Kanavien tuloskortti");
    }

    @Test
    void anUnknownViewIsAUsageErrorListingTheChoices() throws Exception {
        Path map = storeBus();
        CliRun english = new CliRun();
        CliRun finnish = new CliRun(Map.of("LANG", "fi_FI.UTF-8"));

        assertThat(english.run("export", map.toString(), "--format", "png", "--view", "matrixx")).isEqualTo(2);
        assertThat(finnish.run("export", map.toString(), "--format", "png", "--view", "matrixx")).isEqualTo(2);

        assertThat(english.err()).contains("'matrixx' is not a view; use map, matrix, ranking, score, emotion, opportunities, channels");
        assertThat(finnish.err()).contains("'matrixx' ei ole näkymä; käytä map, matrix, ranking");
        assertThat(dir.resolve("bussi-matrixx.png")).doesNotExist();
    }

    @Test
    void aChartAsATableIsRefused() throws Exception {
        CliRun cli = new CliRun();

        assertThat(cli.run("export", storeBus().toString(), "--format", "csv", "--view", "score")).isEqualTo(2);
        assertThat(cli.err()).contains("--view score is a picture: use --format png, svg or pdf");
    }

    @Test
    void theHelpListsTheViewsInBothLanguages() {
        CliRun english = new CliRun();
        CliRun finnish = new CliRun(Map.of("LANG", "fi_FI.UTF-8"));

        english.run("export", "--help");
        finnish.run("export", "--help");

        assertThat(english.out().replaceAll("\\s+", " ")).contains("--view", "channels (channel scorecard)");
        assertThat(finnish.out().replaceAll("\\s+", " ")).contains("--view", "NÄKYMÄ", "channels (kanavien tuloskortti)");
    }
}
