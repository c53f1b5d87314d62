package fi.polku.bench;

import fi.polku.io.MapFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The command line's figures, from whole processes started as a user starts them, through the {@code ./polku}
 * script (which runs a command from the AOT cache the build made): {@code polku export} of the S map to PNG
 * and {@code polku --version}; beside them mermaid-cli rendering the same journey as a mermaid
 * {@code journey} diagram to a legible PNG ({@code --size 32000}) through Debian's Chromium, where npm and
 * Chromium are installed (mermaid-cli is installed with npm into the bench folder once). Runs alternate, so
 * that the machine's load falls on each side alike.
 */
final class CliBench {
    static final int RUNS = 7;
    static final String MERMAID_CLI = "@mermaid-js/mermaid-cli@12.2.0";
    private static final String GOAL = "<= 0.333";
    private static final String CHROMIUM = "/usr/bin/chromium";

    private CliBench() {
    }

    static void run(Path dir, List<Figure> figures) throws Exception {
        Path map = dir.resolve("s-cli.polku.json");
        MapFiles.write(BenchMaps.S.map(), map, false);
        Path script = Path.of("polku").toAbsolutePath();
        List<String> export = List.of("bash", script.toString(), "export", map.toString(), "--format", "png", "-o",
                dir.resolve("s-cli.png").toString());
        List<String> version = List.of("bash", script.toString(), "--version");
        Path mmd = dir.resolve("s-cli.mmd");
        Files.writeString(mmd, MermaidJourney.of(BenchMaps.S.map()), StandardCharsets.UTF_8);
        Mermaid mermaid = Mermaid.prepare(dir);
        List<String> mmdc = mermaid == null ? null : List.of(mermaid.mmdc().toString(), "-p",
                mermaid.config().toString(), "-i", mmd.toString(), "-o", dir.resolve("s-mermaid.png").toString(),
                "--size", "32000");
        // One untimed run of each first: the script has built the jar if it had to, and the files are cached.
        nanos(version, dir);
        nanos(export, dir);
        if (mmdc != null) {
            nanos(mmdc, dir);
        }
        long[] polku = new long[RUNS];
        long[] versions = new long[RUNS];
        long[] peer = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            polku[i] = nanos(export, dir);
            versions[i] = nanos(version, dir);
            if (mmdc != null) {
                peer[i] = nanos(mmdc, dir);
            }
        }
        String png = String.format(Locale.ROOT, "%d × %d px", pngSide(dir.resolve("s-cli.png"), 16),
                pngSide(dir.resolve("s-cli.png"), 20));
        figures.add(Figure.of("cli-export-png-s-ms", Stats.median(polku) / 1e6, "ms", null, String.format(Locale.ROOT,
                "whole process, ./polku export S.polku.json --format png (%d touchpoints, %s at the default scale; "
                        + "the script's JVM options and the AOT cache the build made): median of %d runs",
                BenchMaps.S.touchpoints(), png, RUNS), Spread.ofNanos("runs", polku, 1e6)));
        figures.add(Figure.of("cli-version-ms", Stats.median(versions) / 1e6, "ms", null, String.format(Locale.ROOT,
                "whole process, ./polku --version: median of %d runs, each after an export", RUNS),
                Spread.ofNanos("runs", versions, 1e6)));
        if (mmdc == null) {
            String why = "mermaid-cli not timed: needs npm and " + CHROMIUM + " (and mermaid-cli installed with npm)";
            figures.add(Figure.notAvailable("mermaid-png-s-ms", null, why));
            figures.add(Figure.notAvailable("cli-export-png-s-vs-mermaid", GOAL, why));
            return;
        }
        String peerPng = String.format(Locale.ROOT, "%d × %d px", pngSide(dir.resolve("s-mermaid.png"), 16),
                pngSide(dir.resolve("s-mermaid.png"), 20));
        figures.add(Figure.of("mermaid-png-s-ms", Stats.median(peer) / 1e6, "ms", null, String.format(Locale.ROOT,
                "whole process, mmdc -i S.mmd -o S.png --size 32000 (%s; the S map as a mermaid journey: a section a "
                        + "stage, a task a touchpoint): median of %d runs alternating with Polku's; %s",
                peerPng, RUNS, mermaid.versions()), Spread.ofNanos("runs", peer, 1e6)));
        Pairs pairs = new Pairs(polku, peer);
        figures.add(Figure.ratio("cli-export-png-s-vs-mermaid", pairs, GOAL, String.format(Locale.ROOT,
                "median of %d pairwise ratios of whole processes: ./polku export of S to PNG %.0f ms / mermaid-cli "
                        + "of the same journey to a legible PNG %.0f ms (medians)", RUNS, pairs.subjectMs(),
                pairs.baselineMs())));
    }

    /** A PNG's width (at 16) or height (at 20) from its header. */
    private static int pngSide(Path png, int at) throws IOException {
        byte[] head = new byte[24];
        try (var in = Files.newInputStream(png)) {
            if (in.readNBytes(head, 0, 24) < 24) {
                return 0;
            }
        }
        return ((head[at] & 0xFF) << 24) | ((head[at + 1] & 0xFF) << 16) | ((head[at + 2] & 0xFF) << 8)
                | (head[at + 3] & 0xFF);
    }

    /** Nanoseconds from spawning the process until it has ended; it must end with status 0. */
    static long nanos(List<String> cmd, Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child-stderr.log").toFile()));
        long start = System.nanoTime();
        Process p = builder.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " did not end in 5 minutes");
        }
        long took = System.nanoTime() - start;
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " ended with status " + p.exitValue()
                    + "; see child-stderr.log");
        }
        return took;
    }

    /** mermaid-cli installed under the bench folder, with a Puppeteer configuration for Debian's Chromium. */
    record Mermaid(Path mmdc, Path config, String versions) {
        /** Installs mermaid-cli when npm and Chromium are there and it is not yet installed; null otherwise. */
        static Mermaid prepare(Path dir) throws IOException, InterruptedException {
            if (!Files.isExecutable(Path.of(CHROMIUM)) || fi.polku.testing.Programs.onPath("npm").isEmpty()) {
                return null;
            }
            Path home = dir.resolve("mermaid-cli");
            Path mmdc = home.resolve("node_modules/.bin/mmdc");
            if (!Files.isExecutable(mmdc)) {
                Files.createDirectories(home);
                ProcessBuilder npm = new ProcessBuilder("npm", "install", "--prefix", home.toString(), "--no-audit",
                        "--no-fund", MERMAID_CLI).redirectErrorStream(true)
                        .redirectOutput(home.resolve("npm.log").toFile());
                // Puppeteer would otherwise download a browser of its own; it is told to use Debian's.
                npm.environment().put("PUPPETEER_SKIP_DOWNLOAD", "1");
                Process p = npm.start();
                if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isExecutable(mmdc)) {
                    p.destroyForcibly();
                    return null;
                }
            }
            Path config = home.resolve("puppeteer.json");
            Files.writeString(config, "{\"executablePath\": \"" + CHROMIUM + "\", \"args\": [\"--no-sandbox\", "
                    + "\"--disable-gpu\", \"--disable-dev-shm-usage\"]}\n");
            String versions = "mermaid-cli " + output(List.of(mmdc.toString(), "--version")) + ", "
                    + output(List.of(CHROMIUM, "--version")) + ", node " + output(List.of("node", "--version"));
            return new Mermaid(mmdc, config, versions);
        }

        private static String output(List<String> cmd) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(1, TimeUnit.MINUTES);
            // Debian's chromium wrapper prints a shell complaint before its version; the last line is the version.
            List<String> lines = new ArrayList<>(text.strip().lines().toList());
            return lines.isEmpty() ? "?" : lines.getLast().strip();
        }
    }
}
