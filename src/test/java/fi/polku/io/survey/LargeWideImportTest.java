package fi.polku.io.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A wide CSV of {@code polku.wide.rows} respondents (CI: 100,000; bench profile: 1,000,000) with ten question
 * columns is imported in a child JVM with a {@code polku.wide.heap} heap (default 64 MB) and must give exactly
 * the counts and means the rows were written with, and the located bad labels.
 */
class LargeWideImportTest {
    private static final int ROWS = Integer.getInteger("polku.wide.rows", 100_000);
    private static final String HEAP = System.getProperty("polku.wide.heap", "64m");

    @TempDir
    Path dir;

    @Test
    void aLargeWideFileIsCountedExactlyInASmallHeap() throws Exception {
        Path file = dir.resolve("leveä.csv");
        long start = System.nanoTime();
        WideSurveyFile.write(file, ROWS);
        long wrote = (System.nanoTime() - start) / 1_000_000;
        Map<String, List<String>> out = child(file);
        assertThat(out.get("failed")).as("child failed").isNull();
        assertThat(out.get("rows")).containsExactly(Integer.toString(ROWS));
        long bad = 0;
        for (int row = 0; row < ROWS; row++) {
            bad += WideSurveyFile.bad(row) && !Double.isNaN(WideSurveyFile.answer(row, 1)) ? 1 : 0;
        }
        assertThat(out.get("rejected")).containsExactly(Long.toString(bad));
        if (bad > 0) {
            // The first bad label: respondent BAD_EVERY − 1 is on line BAD_EVERY + 1, its CSAT in column C.
            assertThat(out.get("problem").getFirst()).isEqualTo((WideSurveyFile.BAD_EVERY + 1) + ":3");
        }
        List<String> scores = out.get("score");
        assertThat(scores).hasSize(WideSurveyFile.QUESTIONS);
        for (int q = 0; q < WideSurveyFile.QUESTIONS; q++) {
            long n = 0;
            double sum = 0;
            long promoters = 0;
            long detractors = 0;
            for (int row = 0; row < ROWS; row++) {
                double a = WideSurveyFile.answer(row, q);
                if (Double.isNaN(a) || q == 1 && WideSurveyFile.bad(row)) {
                    continue;
                }
                n++;
                sum += a;
                promoters += a >= 9 ? 1 : 0;
                detractors += a <= 6 ? 1 : 0;
            }
            SurveyQuestion mapped = WideSurveyFile.MAPPING.get(q);
            String[] f = scores.get(q).split(" ");
            assertThat(f[0] + " " + f[1]).isEqualTo(mapped.touchpoint() + " " + mapped.metric());
            assertThat(Long.parseLong(f[2])).as(scores.get(q)).isEqualTo(n);
            double expected = switch (mapped.metric()) {
                case "nps" -> 100.0 * (promoters - detractors) / n;
                case "fcr" -> 100.0 * sum / n;
                default -> sum / n;
            };
            assertThat(Double.parseDouble(mapped.metric().equals("csat") ? f[4] : f[3])).as(scores.get(q))
                    .isCloseTo(expected, within(1e-6));
        }
        System.out.printf("large-wide: %,d respondents × %d questions (%,d bytes, written in %d ms) imported in -Xmx%s:"
                        + " %s ms, peak heap %,d bytes%n", ROWS, WideSurveyFile.QUESTIONS, Files.size(file), wrote, HEAP,
                out.get("millis").getFirst(), Long.parseLong(out.get("peakHeap").getFirst()));
    }

    private Map<String, List<String>> child(Path file) throws Exception {
        Path err = dir.resolve("child-err.txt");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-Xmx" + HEAP, "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Duser.language=en", "-cp", System.getProperty("java.class.path"), WideImportChild.class.getName(),
                file.toString()).redirectError(err.toFile()).start();
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int space = line.indexOf(' ');
                out.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>()).add(line.substring(space + 1));
            }
        } finally {
            assertThat(child.waitFor(15, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(child.exitValue()).as("child exit; stderr: %s", Files.readString(err)).isZero();
        return out;
    }
}
