package fi.polku.packaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The desktop app's JIT options (APP_JIT) are written twice, in ./polku and in packaging/package.sh for the
 * installed launcher, and the bench reads them from ./polku: the two stay the same, the JVM accepts them (a
 * misspelt -XX option would stop the app from starting at all), and a built app image carries them.
 */
class LauncherOptionsTest {
    private static final Path SCRIPT = Path.of("polku");
    private static final Path PACKAGE = Path.of("packaging/package.sh");
    private static final Path IMAGE_CONFIG = Path.of("target/package/image/polku/lib/app/polku.cfg");
    private static final Pattern IN_SCRIPT = Pattern.compile("(?m)^APP_JIT=\\((.*)\\)$");

    @Test
    void theInstalledLauncherGetsTheScriptsOptions() throws IOException {
        List<String> script = options(SCRIPT, IN_SCRIPT);
        assertThat(script).isNotEmpty().allMatch(o -> o.startsWith("-XX:"));
        assertThat(options(PACKAGE, Pattern.compile("(?m)^APP_JIT=\"(.*)\"$"))).isEqualTo(script);
    }

    @Test
    void theJvmAcceptsThem() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options(SCRIPT, IN_SCRIPT));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
        assertThat(output).doesNotContainIgnoringCase("unrecognized").doesNotContainIgnoringCase("warning");
    }

    @Test
    void aBuiltAppImageCarriesThem() throws IOException {
        assumeTrue(Files.isRegularFile(IMAGE_CONFIG), "no app image in target/package (mvn -Ppackage package)");
        String config = Files.readString(IMAGE_CONFIG);
        assertThat(options(SCRIPT, IN_SCRIPT)).allMatch(config::contains);
    }

    private static List<String> options(Path file, Pattern line) throws IOException {
        Matcher m = line.matcher(Files.readString(file));
        assertThat(m.find()).as("an APP_JIT line in %s", file).isTrue();
        return List.of(m.group(1).trim().split("\\s+"));
    }
}
