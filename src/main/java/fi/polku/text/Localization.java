package fi.polku.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every text a person reads, in English or Finnish, from the properties files under {@code fi/polku/text/}
 * (UTF-8, {@link MessageFormat} patterns). Each layer keeps its texts in a file of its own ({@code ui.properties},
 * {@code edit.properties}...) with the Finnish beside it ({@code edit_fi.properties}); a key is looked up in
 * all of them and appears in exactly one. The user-interface language is a setting of its
 * own; a map's texts (legends, lane labels, table headers) are asked for in the map's language instead.
 */
public final class Localization {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FINNISH = Locale.of("fi");
    /** The languages Polku speaks, the first being the one used when no other fits. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, FINNISH);
    /** The bundle files, one per layer. */
    public static final List<String> BUNDLES = List.of("ui", "settings", "editor", "analysis", "metrics", "edit", "io", "cli",
            "export", "report");

    private static final Map<Locale, Map<String, String>> TEXTS = new ConcurrentHashMap<>();
    private static final List<Consumer<Locale>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile Locale ui = supported(Locale.getDefault());

    private Localization() {
    }

    /** The language Polku speaks for {@code wanted}: Finnish for any Finnish locale, else English. */
    public static Locale supported(Locale wanted) {
        return wanted != null && FINNISH.getLanguage().equals(wanted.getLanguage()) ? FINNISH : ENGLISH;
    }

    /** The language of a map's {@code language} field ("fi", "fi-FI", "en"...). */
    public static Locale ofTag(String languageTag) {
        return supported(languageTag == null ? null : Locale.forLanguageTag(languageTag));
    }

    /** The user-interface language. */
    public static Locale ui() {
        return ui;
    }

    /** Changes the user-interface language and tells the listeners when it is a change. */
    public static void setUi(Locale locale) {
        Locale next = supported(locale);
        if (!next.equals(ui)) {
            ui = next;
            LISTENERS.forEach(l -> l.accept(next));
        }
    }

    /** Called with the new language after each change of {@link #setUi}; returns what removes it. */
    public static Runnable onUiChange(Consumer<Locale> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    /** The text of {@code key} in the user-interface language. */
    public static String text(String key) {
        return text(ui, key);
    }

    /**
     * The text of {@code key} in {@code locale}; the English text when the translation lacks it, and
     * {@code !key!} when no bundle has it, so that a gap is seen on screen but never crashes a window.
     */
    public static String text(Locale locale, String key) {
        String found = texts(supported(locale)).get(key);
        if (found == null) {
            found = texts(ENGLISH).get(key);
        }
        return found == null ? "!" + key + "!" : found;
    }

    /** True when some bundle has {@code key}. */
    public static boolean has(String key) {
        return texts(ENGLISH).containsKey(key);
    }

    /** The user-interface text of {@code key} with {@link MessageFormat} arguments. */
    public static String format(String key, Object... args) {
        return format(ui, key, args);
    }

    /**
     * The text of {@code key} in {@code locale} with its arguments filled in: texts are put into words in
     * the same language, dates and numbers are written the way that language writes them.
     */
    public static String format(Locale locale, String key, Object... args) {
        Locale language = supported(locale);
        String pattern = text(language, key);
        if (args.length == 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = switch (args[i]) {
                case Text t -> t.in(language);
                case LocalDate d -> Formats.date(language, d);
                case null, default -> args[i];
            };
        }
        return new MessageFormat(pattern, Formats.numbers(language)).format(shown);
    }

    /** Every key and text of one language, from all bundles; for the bundle checks. */
    public static Map<String, String> texts(Locale locale) {
        return TEXTS.computeIfAbsent(supported(locale), Localization::load);
    }

    /**
     * One language's texts, read straight from its files rather than through {@code ResourceBundle}, whose
     * key sets include the parent's: a missing translation must stay missing for {@link #text} to fall
     * back, and for the bundle checks to see it.
     */
    private static Map<String, String> load(Locale locale) {
        Map<String, String> all = new HashMap<>();
        for (String file : files(locale)) {
            try (InputStream in = Localization.class.getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                Properties texts = new Properties();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                texts.forEach((k, v) -> all.putIfAbsent((String) k, (String) v));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled texts " + file, e);
            }
        }
        return Map.copyOf(all);
    }

    /** The resource paths of one language's bundle files, e.g. {@code /fi/polku/text/ui_fi.properties}. */
    public static List<String> files(Locale locale) {
        String suffix = supported(locale).equals(ENGLISH) ? "" : "_" + locale.getLanguage();
        return BUNDLES.stream().map(base -> "/fi/polku/text/" + base + suffix + ".properties").toList();
    }
}
