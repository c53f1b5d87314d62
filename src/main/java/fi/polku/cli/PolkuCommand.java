package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.Problem;
import fi.polku.text.Localization;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root {@code polku} command: global options, the list of subcommands, and the rule that a failure
 * reaches the user as one clear line (exit 1), a usage error as a message and usage (exit 2).
 */
@Command(name = "polku", mixinStandardHelpOptions = true, versionProvider = PolkuCommand.ManifestVersion.class,
        resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.polku.description}", "${bundle:cli.polku.details}"}, footer = "${bundle:cli.polku.footer}")
public final class PolkuCommand implements Callable<Integer> {
    /** Exit code of a command that ran and failed (unreadable file, invalid map...). */
    public static final int EXIT_FAILURE = 1;
    /** Exit code of a command line that could not be understood. */
    public static final int EXIT_USAGE = 2;

    /*
     * Every subcommand is registered here, in the order `polku --help` lists them. Add a class annotated
     * with @Command (for example ValidateCommand, FmtCommand, MetricsCommand, ExportCommand) to this list.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            ValidateCommand.class, FmtCommand.class, ExportCommand.class, ReportCommand.class, MetricsCommand.class,
            ImportCommand.class, NewCommand.class,
            AnalyzeCommand.class, CompareCommand.class, DiffCommand.class, MergeCommand.class, GenerateCommand.class,
            CommandLine.HelpCommand.class);

    // Read from the parse result, not this field, so that it counts before or after a subcommand's name.
    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "cli.option.debug")
    boolean debug;

    // Chosen by CliLanguage before parsing; declared here so that help lists it and a wrong value is an error.
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "fi|en", descriptionKey = "cli.option.lang",
            converter = LanguageConverter.class)
    Locale language;

    @Spec
    CommandSpec spec;

    /**
     * Runs the command line in the language of {@code --lang} or the environment and returns the exit code;
     * prints a stack trace only under --debug.
     */
    public static int execute(String... args) {
        return execute(commandLine(args), System::getenv, args);
    }

    /** Runs {@code cl} after choosing the language from {@code args} and {@code environment}. */
    static int execute(CommandLine cl, UnaryOperator<String> environment, String... args) {
        Localization.setUi(CliLanguage.choose(args, environment));
        return cl.execute(args);
    }

    /** The configured command line, for {@link #execute} and for tests that capture its output. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: with only the subcommand they name when they name one (besides
     * help), since picocli builds every registered subcommand's model by reflection first, and that cost
     * each command about 50 ms for the eleven it does not run; with all of them otherwise, for the list in
     * the usage, help and the suggestions after a mistyped name.
     */
    static CommandLine commandLine(String... args) {
        String named = commandName(args);
        for (Class<?> sub : SUBCOMMANDS) {
            Command command = sub.getAnnotation(Command.class);
            if (sub != CommandLine.HelpCommand.class && command.name().equals(named)) {
                return commandLine(List.of(sub, CommandLine.HelpCommand.class));
            }
        }
        return commandLine(SUBCOMMANDS);
    }

    /** The first word that is neither an option nor the value of --lang, or null. */
    private static String commandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new PolkuCommand());
        for (Class<?> sub : subcommands) {
            cl.addSubcommand(sub);
        }
        nameHelpCommandParameter(cl.getSubcommands().get("help").getCommandSpec());
        cl.setExecutionExceptionHandler(PolkuCommand::handleFailure);
        cl.setParameterExceptionHandler(UsageErrors::handle);
        return cl;
    }

    /** picocli names the help command's parameter COMMAND in its annotation; ours is named in the user's language. */
    private static void nameHelpCommandParameter(CommandSpec help) {
        PositionalParamSpec command = help.positionalParameters().getFirst();
        help.remove(command);
        help.addPositional(command.toBuilder().paramLabel("${bundle:cli.label.command}").build());
    }

    /** Without a subcommand there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Localization.text(Localization.ui(), "cli.error.missingCommand"));
        spec.commandLine().usage(err);
        return EXIT_USAGE;
    }

    private static int handleFailure(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof MapFileException mapFile && !mapFile.problems().isEmpty()) {
            for (Problem problem : mapFile.problems()) {
                err.println(cl.getColorScheme().errorText(MapProblems.line(problem)));
            }
        } else {
            err.println(cl.getColorScheme().errorText(describe(ex, debugRequested(parsed))));
        }
        if (debugRequested(parsed)) {
            writeTrace(ex, err);
        }
        err.flush();
        return EXIT_FAILURE;
    }

    /**
     * One line a user can act on, starting {@code polku: }; the exception type appears only where the message
     * alone would be unclear.
     */
    static String describe(Throwable ex, boolean debug) {
        Locale language = Localization.ui();
        String message = ex.getMessage() == null || ex.getMessage().isBlank() ? "" : ex.getMessage().strip();
        if (ex instanceof NoSuchFileException) {
            return Localization.format(language, "cli.error.fileNotFound", message);
        }
        if (ex instanceof AccessDeniedException) {
            return Localization.format(language, "cli.error.permissionDenied", message);
        }
        if (ex instanceof IOException) {
            return message.isEmpty() ? Localization.text(language, "cli.error.io")
                    : Localization.format(language, "cli.error.plain", message);
        }
        String what = message.isEmpty() ? ex.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
        return Localization.format(language, debug ? "cli.error.internal" : "cli.error.internalHint", what);
    }

    static boolean debugRequested(ParseResult parsed) {
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    // Written out by hand so that traces go to the command's own error stream and only under --debug.
    private static void writeTrace(Throwable ex, PrintWriter err) {
        String prefix = "";
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            err.println(prefix + t);
            for (StackTraceElement frame : t.getStackTrace()) {
                err.println("\tat " + frame);
            }
            prefix = "Caused by: ";
        }
    }

    /** Reads {@code --lang} as one of the languages Polku speaks. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return CliLanguage.known(value).orElseThrow(() -> new UsageErrors.Refused(
                    Localization.format("cli.usage.language", value)));
        }
    }

    /** The version from the jar manifest's Implementation-Version, or "dev" when run from classes. */
    static final class ManifestVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PolkuCommand.class.getPackage().getImplementationVersion();
            return new String[] {"polku " + (version == null || version.isBlank() ? "dev" : version)};
        }
    }
}
