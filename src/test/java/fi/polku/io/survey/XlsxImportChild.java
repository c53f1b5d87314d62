package fi.polku.io.survey;

import fi.polku.text.Localization;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Imports one workbook in a JVM of its own, started by {@link LargeXlsxImportTest} with a small heap, and
 * prints what came out, one fact a line. Arguments: the file, and either {@code read} or
 * {@code interrupt} (interrupt the importing thread, as the import dialog's Cancel does, once half of
 * {@code rows} rows are read) or {@code interruptSoon} (as soon as the shared strings' temporary file has been opened, while they load).
 */
final class XlsxImportChild {
    private XlsxImportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean interrupt = args[1].startsWith("interrupt");
        boolean soon = args[1].equals("interruptSoon");
        long half = Long.parseLong(args[2]) / 2;
        CountDownLatch halfway = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        long start = System.nanoTime();
        AtomicLong firstProgress = new AtomicLong(-1);
        SurveyImportOptions options = SurveyImportOptions.defaults().withSheet("Vastaukset")
                .withMap(SurveyFixtures.storeMap()).withProgress((rows, read, total) -> {
                    firstProgress.compareAndSet(-1, (System.nanoTime() - start) / 1_000_000);
                    if (rows >= half) {
                        halfway.countDown();
                    }
                });
        Thread worker = new Thread(() -> {
            try {
                outcome.set(SurveyImporter.importFile(file, options));
            } catch (Exception | Error e) {
                outcome.set(e);
            }
        }, "import");
        worker.start();
        if (interrupt) {
            if (soon) {
                while (tempBytes() == 0 && worker.isAlive()) {
                    Thread.sleep(5);
                }
            } else {
                halfway.await();
            }
            worker.interrupt();
        }
        worker.join();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("millis " + millis);
        // Until the first progress report the shared strings are loading and the progress bar stands still.
        System.out.println("firstProgressMillis " + firstProgress.get());
        System.out.println("peakHeap " + peakHeap());
        System.out.println("tempFiles " + tempFiles());
        if (outcome.get() instanceof SurveyImportResult r) {
            System.out.println("rows " + r.rowsRead());
            System.out.println("rejected " + r.rejectedCount());
            r.rejected().forEach(p -> System.out.println("problem " + p.in(Localization.ENGLISH)));
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

    /** Bytes in the files under the JVM's temporary folder. */
    private static long tempBytes() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Files under the JVM's temporary folder, which the test gives the child to itself. */
    private static long tempFiles() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
