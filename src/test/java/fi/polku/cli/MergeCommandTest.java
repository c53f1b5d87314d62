package fi.polku.cli;

import fi.polku.io.MapCodec;
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

/** {@code polku merge}: a clean merge written canonically, conflicts listed with their place and nothing written. */
class MergeCommandTest {
    private static final JourneyMap BASE = MapGenerator.generate(12, 3, 4, 8);

    @TempDir
    Path dir;

    @Test
    void aCleanMergeIsWrittenCanonicallyAndExitsZero() throws Exception {
        Touchpoint a = BASE.touchpoints().get(0);
        Touchpoint b = BASE.touchpoints().get(1);
        Path[] files = versions(replace(BASE, a.withTitle("Meidän")), replace(BASE, b.withTitle("Heidän")));
        Path out = dir.resolve("out.polku.json");
        CliRun run = new CliRun();
        assertThat(run.run("merge", files[0].toString(), files[1].toString(), files[2].toString(), "-o",
                out.toString())).isZero();
        assertThat(run.out()).isEqualTo("Merged into " + out + "\n");
        assertThat(run.err()).isEmpty();
        JourneyMap merged = MapFiles.load(out);
        assertThat(merged.touchpoint(a.id()).orElseThrow().title()).isEqualTo("Meidän");
        assertThat(merged.touchpoint(b.id()).orElseThrow().title()).isEqualTo("Heidän");
        assertThat(Files.readAllBytes(out)).isEqualTo(MapCodec.write(merged));
    }

    @Test
    void conflictsAreListedWithFileItemAndFieldAndNothingIsWritten() throws Exception {
        Touchpoint a = BASE.touchpoints().get(2);
        Path[] files = versions(replace(BASE, a.withTitle("Meidän")), replace(BASE, a.withTitle("Heidän")));
        Path out = dir.resolve("out.polku.json");
        CliRun run = new CliRun();
        assertThat(run.run("merge", files[0].toString(), files[1].toString(), files[2].toString(), "-o",
                out.toString(), "--name", "kartta.polku.json")).isEqualTo(1);
        assertThat(run.err()).isEqualTo("kartta.polku.json: conflict: Touchpoint “Meidän” (" + a.id()
                + "), title: ours “Meidän”, theirs “Heidän”\n"
                + "kartta.polku.json: 1 conflict; " + out + " not written. Decide them with --ours or --theirs, "
                + "or edit one version and merge again.\n");
        assertThat(out).doesNotExist();

        CliRun finnish = new CliRun();
        assertThat(finnish.run("--lang", "fi", "merge", files[0].toString(), files[1].toString(),
                files[2].toString(), "-o", out.toString())).isEqualTo(1);
        assertThat(finnish.err()).startsWith(files[1] + ": ristiriita: Kosketuspiste ”Meidän” (" + a.id()
                + "), otsikko: meillä ”Meidän”, heillä ”Heidän”\n");
    }

    @Test
    void theirsOrOursDecidesTheConflictsAndWrites() throws Exception {
        Touchpoint a = BASE.touchpoints().get(2);
        Path[] files = versions(replace(BASE, a.withTitle("Meidän")), replace(BASE, a.withTitle("Heidän")));
        CliRun run = new CliRun();
        assertThat(run.run("merge", files[0].toString(), files[1].toString(), files[2].toString(), "-o",
                files[1].toString(), "--theirs")).isZero();
        assertThat(run.out()).isEqualTo("Merged into " + files[1] + "; 1 conflict decided for their version\n");
        assertThat(MapFiles.load(files[1]).touchpoint(a.id()).orElseThrow().title()).isEqualTo("Heidän");
        CliRun both = new CliRun();
        assertThat(both.run("merge", files[0].toString(), files[1].toString(), files[2].toString(), "-o",
                files[1].toString(), "--theirs", "--ours")).isEqualTo(2);
    }

    @Test
    void aMergeThatWouldLeaveADanglingArrowIsNotWritten() throws Exception {
        Touchpoint gone = BASE.connections().isEmpty() ? null : BASE.touchpoint(BASE.connections().getFirst().to())
                .orElseThrow();
        assertThat(gone).isNotNull();
        List<Touchpoint> cards = new ArrayList<>(BASE.touchpoints());
        cards.remove(gone);
        JourneyMap base = BASE.withConnections(List.of()).withOpportunities(List.of());
        JourneyMap ours = base.withConnections(List.of(BASE.connections().getFirst()));
        JourneyMap theirs = base.withTouchpoints(cards);
        Path[] files = versions(base, ours, theirs);
        Path out = dir.resolve("out.polku.json");
        CliRun run = new CliRun();
        assertThat(run.run("merge", files[0].toString(), files[1].toString(), files[2].toString(), "-o",
                out.toString(), "--ours")).isEqualTo(1);
        assertThat(run.err()).contains(": the merged map would be invalid: ").contains(out + " not written");
        assertThat(out).doesNotExist();
    }

    @Test
    void anInvalidVersionIsALocatedProblem() throws Exception {
        Path[] files = versions(BASE, BASE);
        Files.writeString(files[2], "{\n  \"schemaVersion\": 4,\n  \"id\": 5\n}\n");
        CliRun run = new CliRun();
        assertThat(run.run("merge", files[0].toString(), files[1].toString(), files[2].toString(), "-o",
                dir.resolve("out.polku.json").toString())).isEqualTo(1);
        assertThat(run.err()).startsWith(files[2] + ":3:");
    }

    private Path[] versions(JourneyMap ours, JourneyMap theirs) throws IOException {
        return versions(BASE, ours, theirs);
    }

    private Path[] versions(JourneyMap base, JourneyMap ours, JourneyMap theirs) throws IOException {
        Path[] out = {dir.resolve("base.polku.json"), dir.resolve("ours.polku.json"), dir.resolve("theirs.polku.json")};
        MapFiles.save(base, out[0]);
        MapFiles.save(ours, out[1]);
        MapFiles.save(theirs, out[2]);
        return out;
    }

    static JourneyMap replace(JourneyMap map, Touchpoint changed) {
        List<Touchpoint> out = new ArrayList<>(map.touchpoints());
        out.replaceAll(t -> t.id().equals(changed.id()) ? changed : t);
        return map.withTouchpoints(out);
    }
}
