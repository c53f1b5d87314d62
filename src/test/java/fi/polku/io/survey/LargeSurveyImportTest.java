package fi.polku.io.survey;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LargeSurveyImportTest {
    private static final int ROWS = 200_000;
    private static final String[] TOUCHPOINTS = {"Tervehdys", "Kassajono", "Yhteydenotto", "Lasku"};

    /** Survey rows generated on the fly, so the test itself never holds the file. */
    private static final class GeneratedSurvey extends InputStream {
        private int row = -1;
        private byte[] current = new byte[0];
        private int pos;

        /** Makes the next line current when this one is used up; false at the end. */
        private boolean refill() {
            while (pos >= current.length) {
                if (row >= ROWS) {
                    return false;
                }
                String line = row < 0 ? "touchpoint;metric;value;date;respondent\n"
                        : TOUCHPOINTS[row % 4] + ";nps;" + (row % 11) + ";2026-09-"
                        + (row % 28 < 9 ? "0" : "") + (1 + row % 28) + ";r" + row + "\n";
                current = line.getBytes(StandardCharsets.UTF_8);
                pos = 0;
                row++;
            }
            return true;
        }

        @Override
        public int read() {
            return refill() ? current[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len && refill()) {
                int chunk = Math.min(len - n, current.length - pos);
                System.arraycopy(current, pos, b, off + n, chunk);
                pos += chunk;
                n += chunk;
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void twoHundredThousandRowsAreCountedWithoutKeepingThem() throws Exception {
        List<long[]> progress = new ArrayList<>();
        long[] heap = new long[2];
        SurveyImportOptions options = SurveyImportOptions.defaults().withProgress((rows, read, total) -> {
            progress.add(new long[] {rows, read});
            // Heap held after 20,000 rows versus after 180,000: kept rows would add tens of megabytes.
            if (rows == 20_480) {
                heap[0] = usedHeapAfterGc();
            } else if (rows == 180_224) {
                heap[1] = usedHeapAfterGc();
            }
        });
        SurveyImportResult r = SurveyImporter.importCsv(new GeneratedSurvey(), "suuri.csv", -1, options);

        assertThat(r.rowsRead()).isEqualTo(ROWS);
        assertThat(r.rejectedCount()).isZero();
        assertThat(r.scores()).hasSize(4);
        assertThat(r.scores().stream().mapToInt(s -> s.result().n()).sum()).isEqualTo(ROWS);
        assertThat(r.scores().getFirst().result().from().getDayOfMonth()).isEqualTo(1);
        assertThat(progress.getLast()[0]).isEqualTo(ROWS);
        assertThat(progress).extracting(p -> p[1]).isSorted();
        assertThat(heap[1] - heap[0]).isLessThan(8L * 1024 * 1024);
    }
}
