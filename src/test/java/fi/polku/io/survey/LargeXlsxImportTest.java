package fi.polku.io.survey;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook of {@code polku.xlsx.rows} rows (CI: 100,000; bench profile: 1,000,000) whose shared-strings
 * table holds a unique respondent id per row is imported in a child JVM whose heap ({@code polku.xlsx.heap},
 * default 64 MB) is far smaller than the table, and must give exactly the counts the rows were written
 * with. The same heap suffices for 20,000 rows and for a million, which is what bounded memory means here.
 */
class LargeXlsxImportTest {
    private static final int ROWS = Integer.getInteger("polku.xlsx.rows", 100_000);
    private static final String HEAP = System.getProperty("polku.xlsx.heap", "64m");
    private static final String[] IDS = {"t-greet", "t-queue", "t-call", "null"};

    @TempDir
    static Path dir;
    private static Path big;

    @BeforeAll
    static void writeWorkbook() throws Exception {
        big = dir.resolve("suuri.xlsx");
        long start = System.nanoTime();
        SharedStringsWorkbook.write(big, ROWS);
        System.out.printf("large-xlsx: wrote %,d rows, %,d bytes in %d ms%n", ROWS, Files.size(big),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void theGeneratedWorkbookIsOneExcelWouldWrite() throws Exception {
        Path small = dir.resolve("pieni.xlsx");
        SharedStringsWorkbook.write(small, 60);
        try (XSSFWorkbook wb = new XSSFWorkbook(small.toFile())) {
            assertThat(wb.getSharedStringSource().getUniqueCount()).isGreaterThan(60);
            Row row = wb.getSheet("Vastaukset").getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Yhteydenotto");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 3));
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo(SharedStringsWorkbook.respondent(2));
        }
    }

    @Test
    void aSmallAndAHugeSharedStringsTableImportExactlyInTheSameSmallHeap() throws Exception {
        Path small = dir.resolve("kaksikymmentatuhatta.xlsx");
        SharedStringsWorkbook.write(small, 20_000);
        Map<String, List<String>> smallOut = child(small, "read", 20_000);
        assertExact(smallOut, 20_000);
        Map<String, List<String>> out = child(big, "read", ROWS);
        assertExact(out, ROWS);
        long millis = Long.parseLong(out.get("millis").getFirst());
        String summary = String.format("large-xlsx: %,d rows (%,d bytes) imported in -Xmx%s: %d ms, %,.0f rows/s, "
                        + "peak heap %,d bytes, at most %,d bytes live after a collection (20,000 rows: %,d)", ROWS,
                Files.size(big), HEAP, millis, ROWS * 1000.0 / millis, Long.parseLong(out.get("peakHeap").getFirst()),
                Long.parseLong(out.get("liveAfterGc").getFirst()), Long.parseLong(smallOut.get("liveAfterGc").getFirst()));
        System.out.println(summary);
    }

    @Test
    void interruptingAHugeImportCancelsItAndLeavesNoTemporaryFile() throws Exception {
        Map<String, List<String>> out = child(big, "interrupt", ROWS);
        assertThat(out.get("failed")).singleElement().asString()
                .startsWith("java.util.concurrent.CancellationException: import of suuri.xlsx cancelled at line ");
        long line = Long.parseLong(out.get("failed").getFirst().replaceAll(".* ", ""));
        assertThat(line).isBetween(ROWS / 2L, ROWS / 2L + 20_000);
        assertThat(out.get("tempFiles")).containsExactly("0");
    }

    @Test
    void interruptingWhileTheSharedStringsLoadCancelsBeforeTheFirstRow() throws Exception {
        Map<String, List<String>> out = child(big, "interruptSoon", ROWS);
        assertThat(out.get("failed")).containsExactly(
                "java.util.concurrent.CancellationException: import of suuri.xlsx cancelled at line 1");
        assertThat(out.get("tempFiles")).containsExactly("0");
    }

    private static void assertExact(Map<String, List<String>> out, int rows) {
        assertThat(out.get("failed")).as("child failed").isNull();
        assertThat(out.get("tempFiles")).containsExactly("0");
        long[][] answers = new long[4][3];
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (SharedStringsWorkbook.rejected(i)) {
                problems.add((i + 2) + ":3: NPS answer \"kymmenen\" is not a number");
                continue;
            }
            int a = SharedStringsWorkbook.npsAnswer(i);
            answers[i % 4][a >= 9 ? 0 : a >= 7 ? 1 : 2]++;
        }
        assertThat(out.get("rows")).containsExactly(Long.toString(rows));
        assertThat(out.get("rejected")).containsExactly(Integer.toString(problems.size()));
        assertThat(out.getOrDefault("problem", List.of())).hasSize(problems.size());
        for (int k = 0; k < problems.size(); k++) {
            assertThat(out.get("problem").get(k)).endsWith(".xlsx:" + problems.get(k));
        }
        assertThat(out.get("unmatched")).containsExactly("Lasku");
        List<String> scores = out.get("score");
        assertThat(scores).hasSize(4);
        for (int t = 0; t < 4; t++) {
            long[] c = answers[t];
            long n = c[0] + c[1] + c[2];
            String[] f = scores.get(t).split(" ");
            assertThat(f[0]).isEqualTo(IDS[t]);
            assertThat(Long.parseLong(f[2])).isEqualTo(n);
            assertThat(Double.parseDouble(f[3])).isCloseTo(100.0 * (c[0] - c[2]) / n,
                    org.assertj.core.data.Offset.offset(1e-9));
            // Row i is dated FIRST_DAY + i % 28, so touchpoint t sees the days t, t + 4, ..., t + 24.
            assertThat(f[4]).isEqualTo(SharedStringsWorkbook.FIRST_DAY.plusDays(t).toString());
            assertThat(f[5]).isEqualTo(SharedStringsWorkbook.FIRST_DAY.plusDays(24 + t).toString());
            assertThat(f[6]).isEqualTo(c[0] + "/" + c[1] + "/" + c[2]);
        }
    }

    /** Runs {@link XlsxImportChild} in the small heap with a temporary folder of its own. */
    private static Map<String, List<String>> child(Path file, String mode, int rows) throws Exception {
        Path tmp = Files.createTempDirectory(dir, "child-tmp");
        Path err = dir.resolve("child-err.txt");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path gc = tmp.resolveSibling(tmp.getFileName() + "-gc.log");
        Process child = new ProcessBuilder(java, "-Xmx" + HEAP, "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Xlog:gc:file=" + gc, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                XlsxImportChild.class.getName(), file.toString(), mode, Integer.toString(rows))
                .redirectError(err.toFile()).start();
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
        out.put("liveAfterGc", List.of(Long.toString(maxAfterGc(gc))));
        return out;
    }

    /** The most heap that any collection left in use, from a -Xlog:gc file ("Pause Young ... 30M->12M(60M)"). */
    private static long maxAfterGc(Path log) throws Exception {
        long max = 0;
        Matcher m = Pattern.compile("->(\\d+)([KMG])\\(").matcher(Files.readString(log));
        while (m.find()) {
            long unit = switch (m.group(2)) {
                case "K" -> 1L << 10;
                case "M" -> 1L << 20;
                default -> 1L << 30;
            };
            max = Math.max(max, Long.parseLong(m.group(1)) * unit);
        }
        return max;
    }
}
