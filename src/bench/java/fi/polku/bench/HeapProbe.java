package fi.polku.bench;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;

/**
 * Child-JVM main: prints the heap retained by loading the map file given as argument, in bytes: used heap
 * after full collections with the map held, minus the same before loading (the codec's classes are
 * loaded beforehand by reading a small map, so only the map itself is counted).
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MapFiles.load(Path.of(args[1]));
        long before = usedAfterGc(memory);
        JourneyMap map = MapFiles.load(Path.of(args[0]));
        long after = usedAfterGc(memory);
        Reference.reachabilityFence(map);
        System.out.println(after - before);
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
