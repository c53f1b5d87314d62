package fi.polku.packaging;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launchers of the app image that {@code mvn -Ppackage} builds (.ci/run builds it before the tests), run as
 * a user would: {@code --version} and {@code export} of a sample, headless, on the image's own trimmed runtime,
 * through the desktop launcher (bin/polku) and the command launcher (bin/polku-cli, which the {@code polku} on
 * PATH runs for commands); and the desktop launcher's window on a map, under a private Xvfb.
 * {@code -XX:AOTMode=on} makes the JVM refuse to start unless it can use the AOT cache that the launcher's
 * configuration names, so each cache is proven to fit its launcher and the runtime.
 * Skipped, with a note, where no image has been built (a plain {@code mvn test}).
 */
class InstalledLauncherTest {
    private static final Path BUILD = Path.of(System.getProperty("polku.jar", "target/polku.jar")).getParent();
    private static final Path LAUNCHER = BUILD.resolve("package/image/polku/bin/polku");
    private static final Path CACHE = BUILD.resolve("package/image/polku/lib/app/polku.aot");
    private static final Path CLI_LAUNCHER = BUILD.resolve("package/image/polku/bin/polku-cli");
    private static final Path CLI_CACHE = BUILD.resolve("package/image/polku/lib/app/polku-cli.aot");
    private static final String SAMPLE = "assets/samples/store-bus.polku.json";

    @BeforeAll
    static void needsTheAppImage() {
        Assumptions.assumeTrue(Files.isExecutable(LAUNCHER), "no app image at " + LAUNCHER
                + ": build it with mvn -Ppackage package -Dpolku.package.type=app-image (.ci/run does)");
    }

    @BeforeAll
    static void notesAMissingCache() {
        if (!Files.isRegularFile(CACHE)) {
            System.out.println("InstalledLauncherTest: the app image has no AOT cache (Xvfb was missing when it "
                    + "was built); the launcher is run without one");
        }
        if (!Files.isRegularFile(CLI_CACHE)) {
            System.out.println("InstalledLauncherTest: the command launcher has no AOT cache (its training run "
                    + "failed when the image was built); it is run without one");
        }
    }

    @Test
    void versionPrintsTheVersionFromTheShippedAotCache(@TempDir Path home) throws Exception {
        Run run = run(LAUNCHER, CACHE, home, List.of("--version"));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("polku ");
    }

    @Test
    void exportWritesAPngOfASample(@TempDir Path home) throws Exception {
        Path png = home.resolve("bus.png");
        Run run = run(LAUNCHER, CACHE, home, export(png));
        assertThat(run.exit()).as(run.output()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("the exported PNG").isNotNull();
        assertThat(image.getWidth()).isGreaterThan(500);
    }

    @Test
    void commandLauncherPrintsTheVersionFromItsOwnAotCache(@TempDir Path home) throws Exception {
        Run run = run(CLI_LAUNCHER, CLI_CACHE, home, List.of("--version"));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).isEqualTo(run(LAUNCHER, CACHE, home, List.of("--version")).output());
    }

    @Test
    void commandLauncherExportsTheSamePictureAsTheJar(@TempDir Path home) throws Exception {
        Path png = home.resolve("bus.png");
        Run run = run(CLI_LAUNCHER, CLI_CACHE, home, export(png));
        assertThat(run.exit()).as(run.output()).isZero();
        Path fromJar = home.resolve("bus-jar.png");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Run jar = run(java, null, home, concat(List.of("-Djava.awt.headless=true", "-jar",
                BUILD.resolve("polku.jar").toAbsolutePath().toString()), export(fromJar)));
        assertThat(jar.exit()).as(jar.output()).isZero();
        assertThat(run.output()).isEqualTo(jar.output().replace(fromJar.toString(), png.toString()));
        BufferedImage image = ImageIO.read(png.toFile());
        BufferedImage expected = ImageIO.read(fromJar.toFile());
        assertThat(image.getWidth()).isEqualTo(expected.getWidth());
        assertThat(image.getHeight()).isEqualTo(expected.getHeight());
        assertThat(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
                .as("the command launcher's pixels against the jar's")
                .isEqualTo(expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0,
                        expected.getWidth()));
    }

    /**
     * The desktop app as a double-click starts it: bin/polku on a map, in a window under a private X server, to
     * the first frame that shows the map, from its shipped AOT cache. Skipped without Xvfb.
     */
    @Test
    void theDesktopLauncherShowsAMapInAWindowFromItsAotCache(@TempDir Path home) throws Exception {
        Assumptions.assumeTrue(fi.polku.testing.Programs.onPath("Xvfb").isPresent(), "Xvfb is not installed");
        String display = ":" + (200 + ProcessHandle.current().pid() % 300);
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(home.resolve("xvfb.txt").toFile()).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            Run run = run(LAUNCHER, CACHE, home, List.of(Path.of(SAMPLE).toAbsolutePath().toString()), display,
                    "-Dpolku.firstFrameMarker=map-shown -Dpolku.firstFrameExit=true -Dpolku.home="
                            + home.resolve("polku"));
            assertThat(run.exit()).as(run.output()).isZero();
            assertThat(run.output()).as("the first frame with the map").contains("map-shown");
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static List<String> export(Path png) {
        return List.of("export", Path.of(SAMPLE).toAbsolutePath().toString(), "--format", "png", "-o",
                png.toString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private record Run(int exit, String output) {
    }

    /** Runs a launcher (or java) with its AOT cache required when {@code cache} is a file. */
    private static Run run(Path launcher, Path cache, Path home, List<String> args)
            throws IOException, InterruptedException {
        return run(launcher, cache, home, args, null, "");
    }

    /** As above, on the X display {@code display} (none when null) and with more system properties. */
    private static Run run(Path launcher, Path cache, Path home, List<String> args, String display, String more)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        Path out = home.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        if (display == null) {
            builder.environment().remove("DISPLAY");
        } else {
            builder.environment().put("DISPLAY", display);
        }
        // With a cache in the image, AOTMode=on makes a cache that does not fit an error instead of a slow start.
        String aot = cache != null && Files.isRegularFile(cache) ? "-XX:AOTMode=on " : "";
        builder.environment().put("JAVA_TOOL_OPTIONS", aot + "-Duser.home=" + home
                + " -Djava.util.prefs.userRoot=" + home.resolve("prefs") + (more.isEmpty() ? "" : " " + more));
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish within 180 s: " + String.join(" ", command));
        }
        String text = Files.readString(out, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS")).reduce("", (a, b) -> a + b + "\n");
        return new Run(process.exitValue(), text);
    }
}
