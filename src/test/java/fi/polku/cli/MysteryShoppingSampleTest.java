package fi.polku.cli;

import fi.polku.io.MapFiles;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricKind;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The car-dealership sample's mystery-shopping round is what importing its visit checklist (a wide file:
 * dealership, date, "approached within 5 minutes" yes/no, "knew the car" 1–5) gives: observed, from mystery
 * shopping, the yes/no question as a share with a Wilson interval.
 */
class MysteryShoppingSampleTest {
    private static final Path SAMPLE = CliRun.SAMPLES.resolve("car-dealership.polku.json");
    private static final String CHECKLIST = "src/test/resources/fi/polku/io/survey/wide/haamuasiointi-syksy-2026.csv";
    private static final String ROUND = "Haamuasiointi syksy 2026";

    @TempDir
    Path dir;

    @Test
    void importingTheChecklistGivesTheSamplesRound() throws Exception {
        JourneyMap sample = MapFiles.load(SAMPLE);
        assertThat(sample.metric("lahestytty").orElseThrow().kind()).isEqualTo(MetricKind.YES_NO);
        // The sample without the round and its saved mapping, as it was before the checklist came in.
        JourneyMap before = sample.withSurveyMappings(List.of()).withTouchpoints(sample.touchpoints().stream()
                .map(t -> t.withMeasurements(t.measurements().stream().filter(m -> !m.round().equals(ROUND))
                        .toList())).toList());
        Path start = dir.resolve("before.polku.json");
        MapFiles.save(before, start);
        Path out = dir.resolve("after.polku.json");
        CliRun cli = new CliRun();
        int exit = cli.run("import", start.toString(), CHECKLIST,
                "--question", "Asiakasta lähestyttiin=t1:lahestytty", "--question", "Myyjä tunsi=t8:tuotetuntemus",
                "--round", ROUND, "--source", "Haamuasiointi", "-o", out.toString());
        assertThat(exit).as(cli.err()).isZero();
        JourneyMap imported = MapFiles.load(out);
        assertThat(imported.touchpoints()).isEqualTo(sample.touchpoints());
        assertThat(imported.surveyMappings()).isEqualTo(sample.surveyMappings());

        Measurement approached = round(sample, "t1");
        // 7 of the 12 visits were approached within 5 minutes: 58.3 %, Wilson 32.0–80.7 %.
        assertThat(approached.metric()).isEqualTo("lahestytty");
        assertThat(approached.n()).isEqualTo(12);
        assertThat(approached.value()).isCloseTo(58.33, within(0.005));
        assertThat(approached.ciLow()).isCloseTo(31.95, within(0.005));
        assertThat(approached.ciHigh()).isCloseTo(80.67, within(0.005));
        Measurement knew = round(sample, "t8");
        // One visit has no answer (the car was not shown): 11 answers, mean 39 / 11.
        assertThat(knew.metric()).isEqualTo("tuotetuntemus");
        assertThat(knew.n()).isEqualTo(11);
        assertThat(knew.value()).isCloseTo(39.0 / 11, within(1e-9));
        for (Measurement m : List.of(approached, knew)) {
            assertThat(m.evidence()).isEqualTo(EvidenceLevel.OBSERVED);
            assertThat(m.source()).isEqualTo("Haamuasiointi");
            assertThat(m.dateFrom()).hasToString("2026-09-07");
            assertThat(m.date()).hasToString("2026-10-30");
        }
    }

    private static Measurement round(JourneyMap map, String touchpointId) {
        Touchpoint t = map.touchpoint(touchpointId).orElseThrow();
        return t.measurements().stream().filter(m -> m.round().equals(ROUND)).findFirst().orElseThrow();
    }
}
