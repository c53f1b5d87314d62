package fi.polku.io.survey;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Imports one wide CSV in a JVM of its own, started by {@link LargeWideImportTest} with a small heap, and
 * prints what came out, one fact a line: {@code rows}, {@code rejected}, {@code problem} (the first few),
 * {@code score TOUCHPOINT METRIC N VALUE MEAN}, {@code millis} and {@code peakHeap}, or {@code failed}.
 */
final class WideImportChild {
    private WideImportChild() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        try {
            SurveyImportResult r = SurveyImporter.importFile(Path.of(args[0]),
                    SurveyImportOptions.defaults().withQuestions(WideSurveyFile.MAPPING));
            System.out.println("millis " + (System.nanoTime() - start) / 1_000_000);
            System.out.println("rows " + r.rowsRead());
            System.out.println("rejected " + r.rejectedCount());
            r.rejected().stream().limit(3).forEach(p -> System.out.println("problem " + p.line() + ":" + p.column()));
            for (ImportedScore s : r.scores()) {
                Double mean = s.result().extras().get("mean");
                System.out.println("score " + s.touchpointName() + " " + s.result().metric() + " " + s.result().n()
                        + " " + s.result().value() + " " + (mean == null ? s.result().value() : mean));
            }
        } catch (Exception | Error e) {
            System.out.println("failed " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("peakHeap " + peakHeap());
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
