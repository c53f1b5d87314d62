package fi.polku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {
    private static final Path STORE_BUS = CliRun.SAMPLES.resolve("store-bus.polku.json");
    private static final Path DEALERSHIP = CliRun.SAMPLES.resolve("car-dealership.polku.json");

    private final CliRun cli = new CliRun();

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("analyze"));
        all.addAll(List.of(args));
        all.add("--json");
        int exit = cli.run(all.toArray(String[]::new));
        assertThat(exit).as(cli.err()).isZero();
        return new ObjectMapper().readTree(cli.out());
    }

    @Test
    void jsonGivesEveryMeasuredTouchpointWithUnroundedGapAndPriority() throws Exception {
        JsonNode csat = json(STORE_BUS.toString(), "--metric", "csat").get("metrics").get(0);

        assertThat(csat.get("metric").asText()).isEqualTo("csat");
        JsonNode rows = csat.get("touchpoints");
        assertThat(rows).extracting(r -> r.get("id").asText()).containsExactly("t1", "t5", "t11", "t12");
        JsonNode schedule = rows.get(0);
        assertThat(schedule.get("status").asText()).isEqualTo("BELOW");
        // 85 - 78.2 in doubles is 6.799999999999997: the JSON keeps it as computed.
        assertThat(schedule.get("gap").asDouble()).isEqualTo(85 - 78.2);
        assertThat(schedule.get("priority").asDouble()).isEqualTo(4 * (85 - 78.2));
        assertThat(rows.get(2).get("smallSample").asBoolean()).isTrue();
        for (JsonNode r : rows) {
            if (!r.get("priority").isNull()) {
                assertThat(r.get("priority").asDouble())
                        .isEqualTo(r.get("importance").asDouble() * r.get("gap").asDouble());
            }
        }
    }

    @Test
    void rankingAndJourneyScoreFollowFromTheRows() throws Exception {
        JsonNode analysis = json(DEALERSHIP.toString(), "--metric", "havainto").get("metrics").get(0);

        double weighted = 0;
        double weights = 0;
        double highest = -1;
        String top = null;
        for (JsonNode r : analysis.get("touchpoints")) {
            if (!r.get("importance").isNull()) {
                weighted += r.get("importance").asDouble() * r.get("performance").asDouble();
                weights += r.get("importance").asDouble();
            }
            if (r.get("priority").asDouble() > highest) {
                highest = r.get("priority").asDouble();
                top = r.get("id").asText();
            }
        }
        assertThat(analysis.get("priorityRanking").get(0).asText()).isEqualTo(top);
        assertThat(analysis.get("journeyScore").get("overall").asDouble()).isEqualTo(weighted / weights);
        assertThat(analysis.get("journeyScore").get("stages")).hasSize(5);
    }

    @Test
    void crosshairAtMidpointsMovesPointsBetweenQuadrants() throws Exception {
        JsonNode means = json(STORE_BUS.toString(), "--metric", "nps", "--crosshair", "means").get("metrics").get(0);
        JsonNode midpoints = new AnalyzeCommandTest().json(STORE_BUS.toString(), "--metric", "nps",
                "--crosshair", "midpoints").get("metrics").get(0);

        assertThat(midpoints.get("crosshairAt").get("importance").asDouble()).isEqualTo(3.0);
        assertThat(midpoints.get("crosshairAt").get("performance").asDouble()).isEqualTo(50.0);
        // The bus ride (importance 3, performance 56.25) is below the mean performance of the two NPS points
        // but above the scale midpoint 50.
        assertThat(means.get("touchpoints").get(0).get("quadrant").asText()).isEqualTo("CONCENTRATE_HERE");
        assertThat(midpoints.get("touchpoints").get(0).get("quadrant").asText()).isEqualTo("KEEP_UP_THE_GOOD_WORK");
    }

    @Test
    void withoutMetricEveryMeasuredMetricIsAnalysedAsTables() {
        int exit = cli.run("analyze", STORE_BUS.toString());

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("NPS (nps", "CSAT (csat", "CES (ces", "Lähtöviive (viive")
                .doesNotContain("FCR (fcr")
                .contains("1. Aikataulu verkkosivuilla: CSAT 78.2 %, target 85 %, gap 6.8 %-points; "
                        + "importance 4 × gap 6.8 = 27.2")
                .contains("crosshair at importance 3 and each touchpoint's own target")
                .contains("Concentrate here (below target, important)\n    Aikataulu verkkosivuilla: CSAT 78.2 %")
                .contains("Journey score: 77.2 (4 touchpoints); Ennen matkaa 78.2; Bussimatka 72;");
    }

    @Test
    void theDefaultCrosshairIsTheTargetAndEveryBelowTargetTouchpointIsLow() throws Exception {
        JsonNode root = json(STORE_BUS.toString());

        assertThat(root.get("crosshair").asText()).isEqualTo("target");
        JsonNode matrix = root.get("matrix");
        assertThat(matrix.get("crosshairAt").get("performance").asDouble()).isZero();
        JsonNode schedule = null;
        for (JsonNode p : matrix.get("touchpoints")) {
            if (p.get("status").asText().equals("BELOW") && !p.get("importance").isNull()) {
                assertThat(p.get("matrixPerformance").asDouble()).as(p.toString()).isNegative();
                assertThat(p.get("quadrant").asText()).isIn("CONCENTRATE_HERE", "LOW_PRIORITY");
            }
            if (p.get("id").asText().equals("t1")) {
                schedule = p;
            }
        }
        assertThat(schedule.get("metric").asText()).isEqualTo("csat");
        assertThat(schedule.get("quadrant").asText()).isEqualTo("CONCENTRATE_HERE");
        assertThat(schedule.get("unitGap").asDouble()).isEqualTo(85 - 78.2);
        assertThat(schedule.get("targetDistance").asDouble()).isEqualTo(78.2 - 85);
        JsonNode ces = root.get("metrics").get(2);
        assertThat(ces.get("metric").asText()).isEqualTo("ces");
        // CES 4.55 against 5: the interval 3.83–5.26 holds the target, so it is at target, on the line.
        JsonNode bags = ces.get("touchpoints").get(1);
        assertThat(bags.get("status").asText()).isEqualTo("AT");
        assertThat(bags.get("matrixPerformance").asDouble()).isZero();
        assertThat(bags.get("unitGap").asDouble()).isZero();
    }

    @Test
    void anUnknownMetricIsAUsageErrorListingTheMapsMetrics() {
        int exit = cli.run("analyze", STORE_BUS.toString(), "--metric", "wow");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("no metric \"wow\"", "nps, csat, ces, fcr, emotion, viive");
    }

    @Test
    void theRootCommandListsTheMetricsCommands() {
        cli.run("--help");

        assertThat(cli.out()).contains("metrics", "import", "analyze");
    }
}
