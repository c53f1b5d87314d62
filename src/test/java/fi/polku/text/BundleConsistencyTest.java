package fi.polku.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles are one set of texts in two languages: every key in both, in one file only, once, used by
 * the code, and each translated pattern takes the same arguments as the English one.
 */
class BundleConsistencyTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyKeyIsInBothLanguages() {
        Set<String> english = Localization.texts(Localization.ENGLISH).keySet();
        Set<String> finnish = new HashSet<>();
        for (String file : Localization.files(Localization.FINNISH)) {
            finnish.addAll(keysOf(file));
        }
        assertThat(new TreeSet<>(finnish)).as("keys without an English text").isSubsetOf(english);
        Set<String> untranslated = new TreeSet<>(english);
        untranslated.removeAll(finnish);
        assertThat(untranslated).as("keys without a Finnish text").isEmpty();
    }

    @Test
    void noKeyIsInTwoFilesOrTwiceInOne() {
        for (Locale language : Localization.LANGUAGES) {
            Map<String, String> fileOf = new HashMap<>();
            List<String> twice = new ArrayList<>();
            for (String file : Localization.files(language)) {
                for (String key : keysOf(file)) {
                    String earlier = fileOf.putIfAbsent(key, file);
                    if (earlier != null) {
                        twice.add(key + " in " + earlier + " and " + file);
                    }
                }
            }
            assertThat(twice).as("keys defined twice").isEmpty();
        }
    }

    @Test
    void aTranslationTakesTheSameArgumentsAsTheEnglish() {
        Map<String, String> english = Localization.texts(Localization.ENGLISH);
        Map<String, String> finnish = Localization.texts(Localization.FINNISH);
        List<String> different = new ArrayList<>();
        for (var e : english.entrySet()) {
            String fi = finnish.get(e.getKey());
            if (fi == null) {
                continue;
            }
            Set<String> enArgs = arguments(e.getValue());
            if (!enArgs.isEmpty()) {
                try {
                    new MessageFormat(fi, Locale.ROOT);
                } catch (IllegalArgumentException broken) {
                    different.add(e.getKey() + ": not a valid pattern: " + broken.getMessage());
                    continue;
                }
            }
            if (!enArgs.equals(arguments(fi))) {
                different.add(e.getKey() + ": " + enArgs + " in English, " + arguments(fi) + " in Finnish");
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        Set<String> unused = new TreeSet<>(Localization.texts(Localization.ENGLISH).keySet());
        unused.removeIf(new KeyUses(SourceFiles.mainJava())::uses);
        assertThat(unused).as("keys no code asks for").isEmpty();
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The keys of one properties file in file order, duplicates kept (Properties would hide them). */
    static List<String> keysOf(String resource) {
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<String> keys = new ArrayList<>();
            boolean continued = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                boolean wasContinued = continued;
                continued = t.endsWith("\\") && !t.endsWith("\\\\");
                if (wasContinued || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                int end = 0;
                while (end < t.length() && "=: \t".indexOf(t.charAt(end)) < 0) {
                    end += t.charAt(end) == '\\' ? 2 : 1;
                }
                keys.add(t.substring(0, Math.min(end, t.length())));
            }
            return keys;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
