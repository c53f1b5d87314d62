package fi.polku.cli;

import fi.polku.text.Localization;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The language the command line speaks: {@code --lang fi|en} when given, else the first of {@code LC_ALL},
 * {@code LC_MESSAGES} and {@code LANG} that is set, as POSIX tools choose their message language.
 */
public final class CliLanguage {
    /** The environment variables that name the message language, strongest first (POSIX). */
    static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private CliLanguage() {
    }

    /**
     * The language for {@code args} in an environment. Read before picocli parses the arguments, so that even
     * an error in the arguments before {@code --lang} is told in the chosen language.
     */
    public static Locale choose(String[] args, UnaryOperator<String> environment) {
        return fromArguments(args).or(() -> fromEnvironment(environment)).orElse(Localization.ENGLISH);
    }

    /** The language of a {@code --lang fi} or {@code --lang=fi} argument; an unknown one is left to picocli. */
    static Optional<Locale> fromArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--")) {
                break;
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            Optional<Locale> language = value == null ? Optional.empty() : known(value);
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    /** The language of the first message-language variable set; {@code C}, {@code POSIX} and others mean English. */
    static Optional<Locale> fromEnvironment(UnaryOperator<String> environment) {
        for (String name : VARIABLES) {
            String value = environment.apply(name);
            if (value != null && !value.isBlank()) {
                // fi_FI.UTF-8, fi_FI@euro, fi: the language is what comes before the territory or codeset.
                String language = value.strip().split("[_.@-]", 2)[0];
                return Optional.of(Localization.supported(Locale.of(language.toLowerCase(Locale.ROOT))));
            }
        }
        return Optional.empty();
    }

    /** {@code fi} or {@code en} (any case) as a language Polku speaks, else empty. */
    static Optional<Locale> known(String tag) {
        return Localization.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equalsIgnoreCase(tag.strip()))
                .findFirst();
    }
}
