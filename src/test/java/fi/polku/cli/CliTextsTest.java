package fi.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.text.Localization;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CliTextsTest {
    private static Set<String> cliKeys(java.util.Locale language) {
        Set<String> keys = new TreeSet<>();
        Localization.texts(language).keySet().stream().filter(k -> k.startsWith("cli.")).forEach(keys::add);
        return keys;
    }

    @Test
    void everyCommandLineTextIsInBothLanguages() {
        assertThat(cliKeys(Localization.FINNISH)).isNotEmpty().isEqualTo(cliKeys(Localization.ENGLISH));
    }

    @Test
    void everyHelpPageIsWholeInBothLanguages() {
        for (String language : new String[] {"en", "fi"}) {
            CliRun root = new CliRun();
            assertThat(root.run("--lang", language, "--help")).isZero();
            StringBuilder all = new StringBuilder(root.out());
            for (String command : PolkuCommand.commandLine().getSubcommands().keySet()) {
                CliRun one = new CliRun();
                assertThat(one.run("--lang", language, "help", command)).as(command).isZero();
                all.append(one.out());
            }
            // A missing key shows as !key!, an unresolved bundle variable as ${bundle:...}.
            assertThat(all.toString()).as(language).doesNotContain("!cli.", "${", "null");
        }
    }

    @Test
    void finnishHelpHasNoEnglishHeadingsOrPicocliDefaults() {
        StringBuilder all = new StringBuilder();
        for (String command : PolkuCommand.commandLine().getSubcommands().keySet()) {
            CliRun one = new CliRun();
            one.run("--lang", "fi", command, "--help");
            all.append(one.out());
        }
        assertThat(all.toString()).doesNotContain("Usage:", "Options:", "Commands:", "Show this help",
                "Print version", "COMMAND", "FILE", "the map");
    }
}
