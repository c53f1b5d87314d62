package fi.polku.cli;

import fi.polku.text.Localization;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code polku} in-process the way the launcher does and keeps what it printed. The language comes from
 * {@code --lang} or the given environment, never from the machine's, so that tests read the same everywhere;
 * the user-interface language is put back afterwards.
 */
final class CliRun {
    static final Path SAMPLES = Path.of("assets/samples");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Map<String, String> environment;

    /** A run in an environment without locale variables: English unless {@code --lang} says otherwise. */
    CliRun() {
        this(Map.of());
    }

    /** A run in an environment with these variables, e.g. {@code LANG=fi_FI.UTF-8}. */
    CliRun(Map<String, String> environment) {
        this.environment = environment;
    }

    int run(String... args) {
        CommandLine cl = PolkuCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        Locale before = Localization.ui();
        try {
            return PolkuCommand.execute(cl, environment::get, args);
        } finally {
            Localization.setUi(before);
        }
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Runs a command standalone (as {@code ExportCommand.main} does) with English as the language. */
    static int runInEnglish(CommandLine cl, String... args) {
        Locale before = Localization.ui();
        Localization.setUi(Localization.ENGLISH);
        try {
            return cl.execute(args);
        } finally {
            Localization.setUi(before);
        }
    }
}
