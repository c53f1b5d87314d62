package fi.polku.cli;

import fi.polku.text.Localization;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be understood: the reason in the user's language, a suggestion or the usage,
 * exit status 2. picocli words its own reasons in English, so the common ones are put into our words here;
 * a rare one keeps picocli's text rather than lose its detail.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static int handle(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getColorScheme().errorText(reason(ex)));
        List<String> suggestions = ex instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions()
                : List.of();
        if (suggestions.isEmpty()) {
            cl.usage(err, cl.getColorScheme());
        } else {
            err.println(Localization.format("cli.usage.didYouMean", String.join(", ", suggestions)));
        }
        err.flush();
        return PolkuCommand.EXIT_USAGE;
    }

    /** The reason in the user's language. */
    static String reason(ParameterException ex) {
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        return switch (ex) {
            case UnmatchedArgumentException u when u.isUnknownOption() ->
                    Localization.format("cli.usage.unknownOption", quoted(u.getUnmatched()));
            case UnmatchedArgumentException u -> Localization.format("cli.usage.unexpected", quoted(u.getUnmatched()));
            case MissingParameterException m when message.startsWith("Missing required parameter for option")
                    || message.startsWith("Expected parameter for option") ->
                    Localization.format("cli.usage.needsValue", names(m.getMissing()));
            case MissingParameterException m when m.getMissing().stream().allMatch(ArgSpec::isOption) ->
                    Localization.format("cli.usage.missingOption", names(m.getMissing()));
            case MissingParameterException m ->
                    Localization.format("cli.usage.missingParameter", names(m.getMissing()));
            case OverwrittenOptionException o -> Localization.format("cli.usage.repeated", name(o.getOverwritten()));
            default -> invalidValue(ex, message);
        };
    }

    /** A value that did not convert: our converters say why in our words; picocli's own are summed up. */
    private static String invalidValue(ParameterException ex, String message) {
        if (ex.getArgSpec() == null || ex.getValue() == null || !message.startsWith("Invalid value for")) {
            return message;
        }
        String name = name(ex.getArgSpec());
        if (ex.getCause() instanceof Refused ours) {
            return Localization.format("cli.usage.invalidValueBecause", name, ours.getMessage());
        }
        return Localization.format("cli.usage.invalidValue", name, ex.getValue());
    }

    /** What our converters throw: why a value is refused, already in the user's language. */
    static final class Refused extends CommandLine.TypeConversionException {
        Refused(String reason) {
            super(reason);
        }
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    /** An option by its longest name, a parameter by its label. */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }
}
