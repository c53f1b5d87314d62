package fi.polku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.io.MapFiles;
import fi.polku.testing.TwoRoundSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CompareCommandTest {
    @TempDir
    Path dir;

    private Path twoRounds() throws Exception {
        Path file = dir.resolve("autoliike.polku.json");
        MapFiles.save(TwoRoundSample.map(), file);
        return file;
    }

    @Test
    void printsEachChangeWithItsIntervalAndVerdict() throws Exception {
        CliRun run = new CliRun();
        assertThat(run.run("compare", twoRounds().toString(), "--rounds", "Syksy 2026,Kevät 2027")).isZero();
        String out = run.out();
        assertThat(out).contains("Round A: Syksy 2026 (14 measurements); round B: Kevät 2027 (14 measurements)");
        assertThat(out).contains("Touchpoint", "95 % interval", "Verdict");
        assertThat(lineOf(out, "Koeajo")).contains("84.9 %", "94.9 %", "+10.1 %-points", "+4.2 … +16.1", "▲ Improved");
        assertThat(lineOf(out, "Kokonaissuositus")).contains("+18 points", "▲ Improved");
        assertThat(lineOf(out, "Soitto käynnin jälkeen             NPS")).contains("= No clear change");
        assertThat(out).contains("Tests: ", "Newcombe", "Welch");
        assertThat(out).contains("Journey score (CSAT): A ");
    }

    @Test
    void speaksFinnishAndAcceptsDateRanges() throws Exception {
        CliRun run = new CliRun(Map.of("LANG", "fi_FI.UTF-8"));
        assertThat(run.run("compare", twoRounds().toString(), "--rounds", "2026-01-01..2026-12-31,2027-01-01..")).isZero();
        assertThat(run.out()).contains("Mittauskierros A: 1.1.2026–31.12.2026", "2027 alkaen", "Parantunut",
                "Johtopäätös", "Polun kokonaistulos");
    }

    @Test
    void jsonKeysAreFixed() throws Exception {
        CliRun run = new CliRun(Map.of("LANG", "fi_FI.UTF-8"));
        assertThat(run.run("compare", twoRounds().toString(), "--rounds", "Syksy 2026,Kevät 2027", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("roundA").get("name").asText()).isEqualTo("Syksy 2026");
        JsonNode first = root.get("changes").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("touchpoint", "title", "metric", "test", "a", "b",
                "delta", "low", "high", "df", "verdict", "limit", "smallSample");
        JsonNode csat = null;
        for (JsonNode c : root.get("changes")) {
            if (c.get("touchpoint").asText().equals("t9") && c.get("metric").asText().equals("csat")) {
                csat = c;
            }
        }
        assertThat(csat.get("verdict").asText()).isEqualTo("IMPROVED");
        assertThat(csat.get("test").asText()).isEqualTo("NEWCOMBE");
        assertThat(root.get("scores").get(0).fieldNames()).toIterable()
                .containsExactly("metric", "a", "b", "change", "stages", "ranking");
    }

    @Test
    void anUnknownRoundListsTheMapsRoundsAndExitsOne() throws Exception {
        CliRun run = new CliRun();
        assertThat(run.run("compare", twoRounds().toString(), "--rounds", "Syksy 2026,Talvi")).isEqualTo(1);
        assertThat(run.err()).contains("has no round \"Talvi\"", "\"Syksy 2026\" (14 measurements)",
                "\"Haamuasiointi syksy 2026\" (2 measurements)", "2026-09-01..2026-11-30");
        CliRun one = new CliRun();
        assertThat(one.run("compare", twoRounds().toString(), "--rounds", "Syksy 2026")).isEqualTo(1);
        assertThat(one.err()).contains("give two rounds");
        CliRun empty = new CliRun();
        assertThat(empty.run("compare", twoRounds().toString(), "--rounds", "Syksy 2026,2030-01-01..")).isEqualTo(1);
        assertThat(empty.err()).contains("no measurement belongs to round from Jan 1, 2030");
        CliRun fi = new CliRun(Map.of("LANG", "fi_FI.UTF-8"));
        assertThat(fi.run("compare", twoRounds().toString(), "--rounds", "Talvi,Syksy 2026")).isEqualTo(1);
        assertThat(fi.err()).contains("ei ole kierrosta \"Talvi\"", "Sen kierrokset:");
    }

    private static String lineOf(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no line starts with " + start + " in\n" + out));
    }
}
