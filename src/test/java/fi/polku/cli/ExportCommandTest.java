package fi.polku.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code polku export} as a script uses it: every format, headless, one located line per problem. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ExportCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return CliRun.runInEnglish(cli, args);
    }

    private Path copy(String resource, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/" + resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyFormatExportsInAChildJvmWithoutADisplayAndWithoutLoadingJavaFx() throws Exception {
        Path map = copy("maps/store-bus.polku.json", "bussi.polku.json");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path classLog = dir.resolve("classes.log");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"), ExportCommandRunner.class.getName(),
                map.toString(), out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(files(out)).containsExactly("bussi.csv", "bussi.pdf", "bussi.png", "bussi.svg", "bussi.xlsx");
        assertThat(output).doesNotContain("ERROR", "Exception");
        assertThat(Files.readAllLines(classLog)).isNotEmpty().noneMatch(l -> l.contains(" javafx.")
                || l.contains("com.sun.javafx") || l.contains("com.sun.glass"));
        assertThat(ImageIO.read(out.resolve("bussi.png").toFile()).getWidth()).isGreaterThan(500);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("bussi.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Tavaratalon asiakasbussi");
        }
    }

    @Test
    void severalMapsGoIntoAFolderNamedAfterEachMap() throws IOException {
        Path a = copy("maps/store-bus.polku.json", "eka.polku.json");
        Path b = copy("maps/store-bus-v1.polku.json", "toka.polku.json");
        Path folder = dir.resolve("kuvat");
        assertThat(run(a.toString(), b.toString(), "--format", "svg", "--no-legend", "-o", folder.toString())).isZero();
        assertThat(files(folder)).containsExactly("eka.svg", "toka.svg");
        assertThat(Files.readString(folder.resolve("eka.svg"))).contains("<text").doesNotContain("id=\"legend\"");
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void stagesAndHiddenLanesAreFoundByNameOrNumber() throws IOException {
        Path map = copy("maps/store-bus.polku.json", "map.polku.json");
        Path target = dir.resolve("osa.csv");
        assertThat(run(map.toString(), "--format", "csv", "--stages", "1..1", "--hide-lane", "tunne", "-o",
                target.toString())).as(err.toString()).isZero();
        String csv = Files.readString(target);
        assertThat(csv).contains("Ennen ostoa").doesNotContain(",Osto,");
    }

    @Test
    void anUnknownStageIsOneLocatedLineAndWritesNothing() throws IOException {
        Path map = copy("maps/store-bus.polku.json", "map.polku.json");
        Path target = dir.resolve("out.png");
        assertThat(run(map.toString(), "--format", "png", "--stages", "Ostos..Jälkeen", "-o", target.toString()))
                .isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(map + ": no stage \"Ostos\"; the stages are \"Ennen ostoa\", "
                + "\"Osto\" (or 1–2)");
        assertThat(files(dir)).containsExactly("map.polku.json");
    }

    @Test
    void aBrokenMapReportsItsProblemsWithLinesAndTheOtherMapsStillExport() throws IOException {
        Path good = copy("maps/store-bus.polku.json", "good.polku.json");
        Path bad = copy("broken/dangling-references.polku.json", "bad.polku.json");
        Path folder = dir.resolve("out");
        assertThat(run(good.toString(), bad.toString(), "--format", "pdf", "-o", folder.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).isNotEmpty().allMatch(l -> l.matches(".*bad\\.polku\\.json:\\d+:\\d+: .*"));
        assertThat(files(folder)).containsExactly("good.pdf");
    }

    @Test
    void anUnwritableTargetIsOneLineNamingIt() throws IOException {
        Path map = copy("maps/store-bus.polku.json", "map.polku.json");
        Path target = dir.resolve("no-such-folder").resolve("map.xlsx");
        assertThat(run(map.toString(), "--format", "xlsx", "-o", target.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(target + ": cannot write the export: no such folder");
    }

    @Test
    void anExportNeverOverwritesTheMapItself() throws IOException {
        Path map = copy("maps/store-bus.polku.json", "map.polku.json");
        byte[] before = Files.readAllBytes(map);
        assertThat(run(map.toString(), "--format", "csv", "-o", map.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(map + ": the export would overwrite the map itself; choose another -o");
        assertThat(Files.readAllBytes(map)).isEqualTo(before);
    }

    @Test
    void svgTextAsPathsLeavesNoTextElementsAndAnUnknownModeIsAUsageError() throws IOException {
        Path map = copy("maps/store-bus.polku.json", "map.polku.json");
        Path target = dir.resolve("paths.svg");
        assertThat(run(map.toString(), "--format", "svg", "--svg-text", "paths", "-o", target.toString())).isZero();
        assertThat(Files.readString(target)).doesNotContain("<text", "@font-face").contains("<path class=\"text\"");
        Path embedded = dir.resolve("font.svg");
        assertThat(run(map.toString(), "--format", "svg", "-o", embedded.toString())).isZero();
        assertThat(Files.readString(embedded)).contains("<text", "@font-face");
        assertThat(run(map.toString(), "--format", "svg", "--svg-text", "curves", "-o", target.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("'curves' is not a way to write SVG text; use font or paths");
    }

    @Test
    void badOptionValuesAreUsageErrors() throws IOException {
        Path map = copy("maps/store-bus.polku.json", "map.polku.json");
        assertThat(run(map.toString(), "--format", "gif", "-o", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("'gif' is not a format; use png, svg, pdf, csv or xlsx");
        StringWriter before = new StringWriter();
        before.write(err.toString());
        assertThat(run(map.toString(), "--format", "png", "--scale", "8", "-o", dir.resolve("x.png").toString()))
                .isEqualTo(2);
        assertThat(err.toString().substring(before.toString().length()).lines())
                .containsExactly("polku export: scale 8 is outside 1–4");
    }

    @Test
    void pageA4FitsOnOneSheetAndTilesMakesAPoster() throws IOException {
        Path map = Files.copy(Path.of("assets/samples/store-bus.polku.json"), dir.resolve("bus.polku.json"));
        Path fitted = dir.resolve("fitted.pdf");
        Path poster = dir.resolve("poster.pdf");
        assertThat(run(map.toString(), "--format", "pdf", "--page", "a4", "-o", fitted.toString())).isZero();
        assertThat(run(map.toString(), "--format", "pdf", "--page", "a4", "--tiles", "-o", poster.toString())).isZero();
        try (PDDocument one = Loader.loadPDF(fitted.toFile()); PDDocument many = Loader.loadPDF(poster.toFile())) {
            assertThat(one.getNumberOfPages()).isEqualTo(1);
            assertThat(many.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void brandIsAnOptionTheHelpExplainsAndAMapWithoutOneExportsAsBefore() throws IOException {
        Path map = copy("maps/store-bus.polku.json", "map.polku.json");
        Path branded = dir.resolve("branded.svg");
        Path plain = dir.resolve("plain.svg");
        assertThat(run(map.toString(), "--format", "svg", "--brand", "-o", branded.toString())).isZero();
        assertThat(run(map.toString(), "--format", "svg", "-o", plain.toString())).isZero();
        assertThat(Files.readString(branded)).isEqualTo(Files.readString(plain));
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--brand").contains("Show the map's brand in the header");
    }
}
