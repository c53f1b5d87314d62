package fi.polku.packaging;

import fi.polku.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * packaging/linux/polku-command, the installed {@code polku} on PATH, run through a symbolic link as
 * /usr/bin/polku is, beside two stand-in launchers that print their name: what opens the app goes to the
 * desktop launcher exactly when {@link Main#opensApp} or {@code --sample} says so, every command to the
 * command launcher, with its arguments unchanged.
 */
class PathCommandScriptTest {
    private static final Path SCRIPT = Path.of("packaging/linux/polku-command");

    @TempDir
    Path dir;
    private Path onPath;

    @BeforeEach
    void imageWithStandInLaunchers() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("opt/polku/bin"));
        Files.copy(SCRIPT, bin.resolve("polku-command"));
        standIn(bin.resolve("polku"), "desktop");
        standIn(bin.resolve("polku-cli"), "command");
        bin.resolve("polku-command").toFile().setExecutable(true);
        onPath = Files.createDirectories(dir.resolve("usr/bin")).resolve("polku");
        Files.createSymbolicLink(onPath, bin.resolve("polku-command"));
    }

    @Test
    void whatOpensTheAppGoesToTheDesktopLauncher() throws Exception {
        Path map = Files.writeString(dir.resolve("my map.polku.json"), "{}");
        assertThat(run()).isEqualTo("desktop\n");
        assertThat(run("--sample")).isEqualTo("desktop --sample\n");
        assertThat(run("--sample", "clinic")).isEqualTo("desktop --sample clinic\n");
        assertThat(run(map.toString())).isEqualTo("desktop " + map + "\n");
        assertThat(Main.opensApp(map.toString())).isTrue();
    }

    @Test
    void commandsGoToTheCommandLauncher() throws Exception {
        Path map = Files.writeString(dir.resolve("map.polku.json"), "{}");
        assertThat(run("--version")).isEqualTo("command --version\n");
        assertThat(run("export", map.toString(), "--format", "png")).isEqualTo(
                "command export " + map + " --format png\n");
        // A map that is not there, or is a folder, is the command line's to report.
        String missing = dir.resolve("gone.polku.json").toString();
        assertThat(run(missing)).isEqualTo("command " + missing + "\n");
        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        assertThat(run(folder.toString())).isEqualTo("command " + folder + "\n");
        assertThat(Main.opensApp(missing)).isFalse();
        assertThat(Main.opensApp(folder.toString())).isFalse();
        // One existing file that is not a map: a command, as for fi.polku.Main.
        Path text = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(run(text.toString())).isEqualTo("command " + text + "\n");
        assertThat(Main.opensApp(text.toString())).isFalse();
    }

    private static void standIn(Path launcher, String name) throws IOException {
        Files.writeString(launcher, "#!/bin/sh\necho " + name + " \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(onPath.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
