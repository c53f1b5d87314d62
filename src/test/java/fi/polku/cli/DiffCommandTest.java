package fi.polku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code polku diff} prints, in both languages and as JSON, and how it fails on a bad file. */
class DiffCommandTest {
    static final JourneyMap MAP = MapGenerator.generate(12, 3, 4, 5);

    @TempDir
    Path dir;

    @Test
    void printsTheChangesReadablyInTheCommandLinesLanguage() throws IOException {
        Path[] files = changedPair();
        CliRun english = new CliRun();
        assertThat(english.run("diff", files[0].toString(), files[1].toString())).isZero();
        Touchpoint first = MAP.touchpoints().getFirst();
        assertThat(english.out()).startsWith(files[0] + " → " + files[1] + ": 1 added, 1 removed, 1 changed or moved\n")
                .contains("Touchpoint “Uusi otsikko” (" + first.id() + "): changed\n  title: “" + first.title()
                        + "” → “Uusi otsikko”\n  importance: ")
                .contains("Touchpoint “Kassa” (t99): added in " + MAP.stages().getFirst().name() + " / ")
                .contains("(" + MAP.touchpoints().get(1).id() + "): removed");
        assertThat(english.err()).isEmpty();

        CliRun finnish = new CliRun();
        assertThat(finnish.run("--lang", "fi", "diff", files[0].toString(), files[1].toString())).isZero();
        assertThat(finnish.out()).contains("1 lisätty, 1 poistettu, 1 muutettu tai siirretty")
                .contains("Kosketuspiste ”Uusi otsikko” (" + first.id() + "): muutettu\n  otsikko: ”")
                .contains("  tärkeys: ").contains(": poistettu");
    }

    @Test
    void jsonHasTheSameKeysInEveryLanguage() throws IOException {
        Path[] files = changedPair();
        CliRun english = new CliRun();
        english.run("diff", "--json", files[0].toString(), files[1].toString());
        CliRun finnish = new CliRun();
        finnish.run("--lang", "fi", "diff", "--json", files[0].toString(), files[1].toString());
        assertThat(finnish.out()).isEqualTo(english.out());
        JsonNode json = new ObjectMapper().readTree(english.out());
        assertThat(json.get("summary").get("added").asInt()).isEqualTo(1);
        JsonNode changed = json.get("changes").get(0);
        assertThat(changed.get("kind").asText()).isEqualTo("touchpoint");
        assertThat(changed.get("status").asText()).isEqualTo("changed");
        assertThat(changed.get("fields").get(0).get("field").asText()).isEqualTo("title");
        assertThat(changed.get("fields").get(0).get("after").asText()).isEqualTo("Uusi otsikko");
        assertThat(json.get("changes").get(1).get("after").get("stage").asText()).isEqualTo(MAP.stages().getFirst().id());
    }

    @Test
    void theSameMapTwiceHasNoChanges() throws IOException {
        Path a = dir.resolve("a.polku.json");
        MapFiles.save(MAP, a);
        CliRun run = new CliRun();
        assertThat(run.run("diff", a.toString(), a.toString())).isZero();
        assertThat(run.out()).isEqualTo("No changes from " + a + " to " + a + "\n");
    }

    @Test
    void anUnreadableFileIsALocatedProblemAndExitOne() throws IOException {
        Path a = dir.resolve("a.polku.json");
        MapFiles.save(MAP, a);
        Path bad = dir.resolve("bad.polku.json");
        Files.writeString(bad, "{ \"schemaVersion\": 4,\n  \"id\": ");
        CliRun run = new CliRun();
        assertThat(run.run("diff", a.toString(), bad.toString())).isEqualTo(1);
        assertThat(run.err()).startsWith(bad + ":2:");
        assertThat(run.out()).isEmpty();
        CliRun missing = new CliRun();
        assertThat(missing.run("diff", a.toString(), dir.resolve("nowhere.polku.json").toString())).isEqualTo(1);
        assertThat(missing.err()).contains("nowhere.polku.json");
    }

    /** The map and a copy with the first card retitled and re-rated, the second removed, and a card added. */
    private Path[] changedPair() throws IOException {
        List<Touchpoint> cards = new ArrayList<>(MAP.touchpoints());
        Touchpoint first = cards.getFirst();
        cards.set(0, first.withTitle("Uusi otsikko").withImportance(first.importance() == null ? 5.0
                : 6 - first.importance()));
        Touchpoint removed = cards.remove(1);
        cards.add(Touchpoint.create("t99", "Kassa", MAP.stages().getFirst().id(), "l3"));
        JourneyMap after = MAP.withTouchpoints(cards)
                .withConnections(MAP.connections().stream()
                        .filter(c -> !c.from().equals(removed.id()) && !c.to().equals(removed.id())).toList())
                .withOpportunities(List.of());
        JourneyMap before = MAP.withConnections(after.connections()).withOpportunities(List.of());
        Path a = dir.resolve("before.polku.json");
        Path b = dir.resolve("after.polku.json");
        MapFiles.save(before, a);
        MapFiles.save(after, b);
        return new Path[] {a, b};
    }
}
