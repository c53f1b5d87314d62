package fi.polku.cli;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code polku export --persona}: one persona's journey, named by name or id, with that persona in the
 * header; an unknown persona is one line listing the map's personas, exit status 1 and no file.
 */
class ExportPersonaTest {
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

    /** The store-bus sample with t14 marked for Eeva (p1) and t2 and t15 for the traveller (p2). */
    private Path markedMap() throws Exception {
        JourneyMap map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        List<Touchpoint> cards = new ArrayList<>();
        for (Touchpoint t : map.touchpoints()) {
            cards.add(switch (t.id()) {
                case "t14" -> t.withPersonaIds(List.of("p1"));
                case "t2", "t15" -> t.withPersonaIds(List.of("p2"));
                default -> t;
            });
        }
        Path file = dir.resolve("bussi.polku.json");
        MapFiles.save(map.withTouchpoints(cards), file);
        return file;
    }

    @Test
    void onePersonasExportHasTheirCardsAndTheCardsForEveryoneAndNamesThemInTheHeader() throws Exception {
        Path map = markedMap();
        Path eeva = dir.resolve("eeva.svg");
        assertThat(run(map.toString(), "--format", "svg", "--persona", "eeva", "-o", eeva.toString()))
                .as(err.toString()).isZero();
        String svg = Files.readString(eeva);
        assertThat(svg).contains("id=\"tp-t14\"", "id=\"tp-t1\"").doesNotContain("id=\"tp-t2\"", "id=\"tp-t15\"")
                .contains("Persoona: Eeva").doesNotContain("Matkailija")
                // Eeva's card carries her dot, in the first palette colour (the file gives her none).
                .contains("#332288");
        Path traveller = dir.resolve("matkailija.svg");
        assertThat(run(map.toString(), "--format", "svg", "--persona", "p2", "-o", traveller.toString())).isZero();
        assertThat(Files.readString(traveller)).contains("id=\"tp-t2\"", "id=\"tp-t15\"", "Persoona: Matkailija")
                .doesNotContain("id=\"tp-t14\"");
        Path csv = dir.resolve("eeva.csv");
        assertThat(run(map.toString(), "--format", "csv", "--persona", "Eeva", "-o", csv.toString())).isZero();
        assertThat(Files.readString(csv)).contains("Palautekysely sähköpostiin")
                .doesNotContain("Kuvia matkasta somessa");
    }

    @Test
    void anUnknownPersonaListsTheMapsPersonasAndWritesNothing() throws Exception {
        Path map = markedMap();
        Path target = dir.resolve("out.png");
        assertThat(run(map.toString(), "--format", "png", "--persona", "Matti", "-o", target.toString()))
                .isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(map + ": the map has no persona 'Matti'; its personas are "
                + "\"Eeva\" (p1), \"Matkailija\" (p2)");
        assertThat(Files.exists(target)).isFalse();
    }
}
