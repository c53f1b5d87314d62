package fi.polku.io.survey;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Imports one workbook in a JVM of its own, started by {@link LargeXlsxImportTest} with a small heap, and
 * prints what came out, one fact a line. Arguments: the file, and either {@code read} or
 * {@code interrupt} (interrupt the importing thread, as the import dialog's Cancel does, once half of
 * {@code rows} rows are read).
 */
final class XlsxImportChild {
    private XlsxImportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean interrupt = args[1].equals("interrupt");
        long half = Long.parseLong(args[2]) / 2;
        CountDownLatch halfway = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        SurveyImportOptions options = SurveyImportOptions.defaults().withSheet("Vastaukset")
                .withMap(SurveyFixtures.storeMap()).withProgress((rows, read, total) -> {
                    if (rows >= half) {
                        halfway.countDown();
                    }
                });
        long start = System.nanoTime();
        Thread worker = new Thread(() -> {
            try {
                outcome.set(SurveyImporter.importFile(file, options));
            } catch (Exception | Error e) {
                outcome.set(e);
            }
        }, "import");
        worker.start();
        if (interrupt) {
            halfway.await();
            worker.interrupt();
        }
        worker.join();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("millis " + millis);
        System.out.println("peakHeap " + peakHeap());
        System.out.println("tempFiles " + tempFiles());
        if (outcome.get() instanceof SurveyImportResult r) {
            System.out.println("rows " + r.rowsRead());
            System.out.println("rejected " + r.rejectedCount());
            r.rejected().forEach(p -> System.out.println("problem " + p));
            r.unmatchedNames().forEach(n -> System.out.println("unmatched " + n));
            for (ImportedScore s : r.scores()) {
                System.out.println("score " + s.touchpointId() + " " + s.touchpointName() + " " + s.result().n()
                        + " " + s.result().value() + " " + s.result().from() + " " + s.result().to() + " "
                        + s.result().extras().get("promoters").longValue() + "/"
                        + s.result().extras().get("passives").longValue() + "/"
                        + s.result().extras().get("detractors").longValue());
            }
        } else {
            Throwable t = (Throwable) outcome.get();
            System.out.println("failed " + t.getClass().getName() + ": " + t.getMessage());
        }
    }

    /** The most heap the pools held at once, summed per pool (an upper bound of the real peak). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Files under the JVM's temporary folder, which the test gives the child to itself. */
    private static long tempFiles() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
