package fi.polku.export;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A Chromium found on PATH, run headless to take a screenshot of a file as a browser shows it. */
final class HeadlessChromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The first Chromium binary on PATH, if any. */
    static Optional<HeadlessChromium> find() {
        return fi.polku.testing.Programs.onPath(NAMES.toArray(String[]::new)).map(HeadlessChromium::new);
    }

    /** What Chromium draws for {@code file} in a window of exactly {@code width} × {@code height} pixels. */
    BufferedImage screenshot(Path file, int width, int height, Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve("chromium-shot.png");
        Path profile = Files.createDirectories(workDir.resolve("chromium-profile"));
        ProcessBuilder pb = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height, "--screenshot=" + out, file.toUri().toString())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("chromium.log").toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("Chromium took over a minute for a screenshot");
        }
        if (!Files.exists(out)) {
            throw new IOException("Chromium wrote no screenshot (exit " + p.exitValue() + "):\n"
                    + Files.readString(workDir.resolve("chromium.log")));
        }
        return ImageIO.read(out.toFile());
    }
}
