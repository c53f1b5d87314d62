package fi.polku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new MetricsCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return CliRun.runInEnglish(cli, args);
    }

    /** 291 promoters, 476 passives and 395 detractors at the checkout, and FCR 4 of 20 on the phone. */
    private Path publishedExample() throws Exception {
        StringBuilder csv = new StringBuilder("Touchpoint;Metric;Value;Date\n");
        for (int i = 0; i < 1162; i++) {
            int answer = i < 291 ? 9 + i % 2 : i < 767 ? 7 + i % 2 : i % 7;
            csv.append("Kassa;NPS;").append(answer).append(";2026-09-").append(10 + i % 20).append('\n');
        }
        for (int i = 0; i < 20; i++) {
            csv.append("Puhelu;fcr;").append(i < 4 ? "kyllä" : "ei").append(";\n");
        }
        Path file = dir.resolve("kysely.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void jsonHasUnroundedScoresIntervalsAndCounts() throws Exception {
        int exit = run(publishedExample().toString(), "--json");
        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array).hasSize(2);
        JsonNode nps = array.get(0);
        assertThat(nps.get("touchpoint").asText()).isEqualTo("Kassa");
        assertThat(nps.get("metric").asText()).isEqualTo("nps");
        assertThat(nps.get("n").asInt()).isEqualTo(1162);
        assertThat(nps.get("value").asDouble()).isCloseTo(-8.95, within(0.005)).isNotEqualTo(-8.95);
        assertThat(nps.get("ciHigh").asDouble() - nps.get("value").asDouble()).isCloseTo(4.39, within(0.005));
        assertThat(nps.get("smallSample").asBoolean()).isFalse();
        assertThat(nps.get("promoters").asLong()).isEqualTo(291);
        assertThat(nps.get("passives").isIntegralNumber()).isTrue();
        assertThat(nps.get("detractors").asLong()).isEqualTo(395);
        JsonNode fcr = array.get(1);
        assertThat(fcr.get("value").asDouble()).isEqualTo(20.0);
        assertThat(fcr.get("ciLow").asDouble()).isCloseTo(8.07, within(0.005));
        assertThat(fcr.get("ciHigh").asDouble()).isCloseTo(41.60, within(0.005));
        assertThat(fcr.get("resolved").asLong()).isEqualTo(4);
        assertThat(fcr.get("smallSample").asBoolean()).isTrue();
        assertThat(fcr.has("promoters")).isFalse();
    }

    @Test
    void tableShowsOneLinePerTouchpointAndMetricAndFlagsSmallSamples() throws Exception {
        int exit = run(publishedExample().toString());
        assertThat(exit).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).startsWith("Touchpoint").contains("Metric", "n", "Value", "95 % interval");
        assertThat(lines[1]).startsWith("Kassa").contains("NPS", "1,162", "-9.0", "-13.3 … -4.6",
                "promoters 291, passives 476, detractors 395");
        assertThat(lines[2]).startsWith("Puhelu").contains("FCR", "20*", "20.0 %", "8.1 … 41.6", "resolved 4");
        assertThat(lines[3]).startsWith("* fewer than 30 answers");
    }

    @Test
    void rejectedRowsGoToStderrWithLineNumbersAndExitOne() throws Exception {
        Path file = dir.resolve("huono.csv");
        Files.writeString(file, "touchpoint,metric,value\nKassa,csat,4\nKassa,csat,6\nKassa,ces,x\n");
        int exit = run(file.toString(), "--json");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("huono.csv:3:3: CSAT answer 6 is outside 1–5",
                "huono.csv:4:3: CES answer \"x\" is not a number");
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("mean").asDouble()).isEqualTo(4.0);
    }

    @Test
    void columnMappingAndUnreadableFilesAreReportedInOneLine() throws Exception {
        Path file = dir.resolve("omat.csv");
        Files.writeString(file, "Kohta,Mittari,Suosittelisitko\nKassa,nps,10\n");
        assertThat(run(file.toString(), "--column", "touchpoint=Kohta", "--column", "VALUE=Suosittelisitko"))
                .isZero();
        assertThat(out.toString()).contains("Kassa", "100.0");
        assertThat(run(file.toString(), "--column", "score=x")).isEqualTo(2);
        assertThat(err.toString()).contains("--column: unknown field \"score\"");
        StringWriter fresh = new StringWriter();
        CommandLine cli = new CommandLine(new MetricsCommand());
        cli.setErr(new PrintWriter(fresh));
        assertThat(CliRun.runInEnglish(cli, dir.resolve("puuttuu.csv").toString())).isEqualTo(1);
        assertThat(fresh.toString().strip()).endsWith("puuttuu.csv: no such file").doesNotContain("Exception");
    }
}
