package fi.polku.io;

import fi.polku.model.MapGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The child process of {@link FuzzedMapFilesTest} (run with a small heap): opens {@code count} mutated map
 * files and prints one line per file that did not end in a loaded map or a {@link MapFileException} with
 * located problems within the time limit, then a summary line starting with {@code fuzz:}.
 */
public final class FuzzRun {
    static final long LIMIT_MS = 2_000;

    private FuzzRun() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Random random = new Random(seed);
        List<byte[]> originals = originals(Path.of(args[2]), random);
        MapFileMutator mutator = new MapFileMutator(random);
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-loader");
            t.setDaemon(true);
            return t;
        });
        int loaded = 0;
        int rejected = 0;
        int failures = 0;
        long slowest = 0;
        for (int i = 0; i < count; i++) {
            int source = random.nextInt(originals.size());
            MapFileMutator.Mutant mutant = mutator.mutate(originals.get(source));
            String name = "fuzz-" + i + ".polku.json";
            long start = System.nanoTime();
            Future<?> result = loader.submit(() -> MapCodec.read(mutant.bytes(), name));
            String failure = null;
            try {
                result.get(LIMIT_MS, TimeUnit.MILLISECONDS);
                loaded++;
            } catch (TimeoutException e) {
                failure = "took longer than " + LIMIT_MS + " ms";
                result.cancel(true);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof MapFileException m) {
                    failure = unlocated(m, name);
                    if (failure == null) {
                        rejected++;
                    }
                } else {
                    failure = cause.getClass().getName() + ": " + cause.getMessage();
                }
            }
            slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            if (failure != null) {
                failures++;
                System.out.println("FAIL file " + i + " (original " + source + ", " + mutant.description() + "): "
                        + failure);
                if (failure.startsWith("took longer")) {
                    // The stuck load keeps its thread; the remaining files would queue behind it.
                    loader = Executors.newSingleThreadExecutor();
                }
            }
        }
        System.out.printf("fuzz: %,d mutated files from %d originals (seed %d, max heap %d MiB): %,d loaded, "
                        + "%,d refused with located problems, %d failures, slowest %d ms (limit %d ms)%n",
                count, originals.size(), seed, Runtime.getRuntime().maxMemory() >> 20, loaded, rejected, failures,
                slowest, LIMIT_MS);
        System.exit(0);
    }

    /**
     * Null when every problem names the file and a line or JSON path (an empty file's problem names the file
     * alone); otherwise what is missing.
     */
    private static String unlocated(MapFileException e, String name) {
        if (e.problems().isEmpty()) {
            return "MapFileException without problems";
        }
        for (Problem p : e.problems()) {
            // An empty file (a truncation to 0 bytes) has no line to point at: its problem is the whole file.
            boolean wholeFile = p.message().key().equals("io.json.empty");
            if (!p.file().equals(name) || (p.line() <= 0 && p.path().isEmpty() && !wholeFile)) {
                return "problem without a location: " + p;
            }
        }
        return null;
    }

    /** The bundled samples and generated maps of several sizes and shapes. */
    private static List<byte[]> originals(Path samples, Random random) throws IOException {
        List<byte[]> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".polku.json")).sorted().toList()) {
                originals.add(Files.readAllBytes(p));
            }
        }
        for (int i = 0; i < 6; i++) {
            originals.add(MapCodec.write(MapGenerator.generate(random.nextInt(300), 1 + random.nextInt(8),
                    1 + random.nextInt(10), random.nextLong())));
        }
        return originals;
    }
}
