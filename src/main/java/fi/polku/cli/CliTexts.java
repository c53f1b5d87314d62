package fi.polku.cli;

import fi.polku.text.Localization;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The command line's help texts for picocli, read from {@code cli.properties} in the user-interface language
 * at the moment picocli asks, so that one text has one copy. Keys under {@code cli.picocli.} are the texts
 * picocli asks for by its own names ({@code usage.synopsisHeading}, {@code mixinStandardHelpOptions.help}...);
 * the commands' own texts are asked for by their full keys ({@code ${bundle:cli.validate.description}},
 * {@code descriptionKey = "cli.validate.files"}). Help texts are {@link String#format} patterns: {@code %n} is
 * a new line and a percent sign is written {@code %%}.
 */
public final class CliTexts extends ResourceBundle {
    /** The name commands give picocli in {@code @Command(resourceBundle = ...)}. */
    public static final String NAME = "fi.polku.cli.CliTexts";
    static final String PICOCLI = "cli.picocli.";

    /** picocli's name for a text → our key; the same in every language, so read once from the English texts. */
    private static final Map<String, String> KEYS = keys();

    /** Public for {@link ResourceBundle#getBundle}, which makes one by reflection. */
    public CliTexts() {
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : Localization.texts(Localization.ENGLISH).keySet()) {
            if (key.startsWith(PICOCLI)) {
                keys.put(key.substring(PICOCLI.length()), key);
            } else if (key.startsWith("cli.")) {
                keys.put(key, key);
            }
        }
        return Map.copyOf(keys);
    }

    @Override
    protected Object handleGetObject(String key) {
        String ours = KEYS.get(key);
        return ours == null ? null : Localization.text(Localization.ui(), ours);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(KEYS.keySet());
    }

    @Override
    protected Set<String> handleKeySet() {
        return KEYS.keySet();
    }
}
