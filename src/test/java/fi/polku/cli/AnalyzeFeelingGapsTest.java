package fi.polku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.io.MapCodec;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code polku analyze} lists the gaps between intended and experienced feelings, in text and in JSON. */
class AnalyzeFeelingGapsTest {
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun();

    /** The store bus where the first felt card aims for "delighted" (+3) and the second for "frustrated". */
    private Path aimed() throws Exception {
        JourneyMap bus = MapFiles.load(CliRun.SAMPLES.resolve("store-bus.polku.json"));
        var felt = bus.touchpoints().stream().filter(t -> t.emotion() != null).toList();
        String first = felt.get(0).id();
        String second = felt.get(1).id();
        JourneyMap aimed = bus.withTouchpoints(bus.touchpoints().stream().map(t -> t.id().equals(first)
                ? t.withIntendedFeeling("delighted") : t.id().equals(second) ? t.withIntendedFeeling("frustrated")
                : t).toList());
        Path file = dir.resolve("aimed.polku.json");
        Files.write(file, MapCodec.write(aimed));
        return file;
    }

    @Test
    void jsonListsEachGapWithFeelingIdsLargestFirst() throws Exception {
        Path file = aimed();
        assertThat(cli.run("analyze", file.toString(), "--json")).as(cli.err()).isZero();
        JsonNode gaps = new ObjectMapper().readTree(cli.out()).get("feelingGaps");
        assertThat(gaps).hasSize(2);
        double previous = Double.MAX_VALUE;
        for (JsonNode g : gaps) {
            assertThat(g.get("gap").asDouble()).isEqualTo(g.get("experienced").asDouble() - g.get("intended").asDouble());
            assertThat(Math.abs(g.get("gap").asDouble())).isLessThanOrEqualTo(previous);
            previous = Math.abs(g.get("gap").asDouble());
        }
        assertThat(gaps).extracting(g -> g.get("intendedFeeling").asText())
                .containsExactlyInAnyOrder("delighted", "frustrated");
    }

    @Test
    void textEndsWithTheGapsInTheWindowsLanguage() throws Exception {
        Path file = aimed();
        assertThat(cli.run("analyze", file.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Largest gaps between the intended and the experienced feeling:")
                .contains("intended +3 (delighted)").contains("intended −3 (frustrated)");
    }
}
