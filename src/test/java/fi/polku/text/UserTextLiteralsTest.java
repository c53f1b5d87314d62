package fi.polku.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No words for people are written in the main code: they are in the bundles, in both languages. A
 * literal counts as words when it has two words, or one capitalised word; keys, paths, formats and the
 * messages of programming errors do not. The few exceptions are listed in {@code allowed-literals.txt}
 * ({@code File.java: *} allows a whole file, for code that makes map content rather than texts).
 */
class UserTextLiteralsTest {
    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}{2,}[ \\u00a0]+\\p{L}*\\p{L}");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}{2,}.*");
    /** A key, a key's prefix, a resource or a class name: dotted names with no spaces. */
    private static final Pattern DOTTED = Pattern.compile("[\\w/-]+(\\.[\\w-]*)+");
    /** Markup written into a file (SVG elements and attributes), not words. */
    private static final Pattern MARKUP = Pattern.compile("(?s)\\s*\"?>?<.*|.*=\"$");
    /**
     * Statements whose literals no user reads: programming errors, cancellations (they end work the user
     * stopped and are never shown), and log records.
     */
    private static final Pattern NOT_SHOWN = Pattern.compile(
            "new (IllegalArgumentException|IllegalStateException|AssertionError|UnsupportedOperationException"
                    + "|NullPointerException|IndexOutOfBoundsException|UncheckedIOException|InterruptedIOException"
                    + "|CancellationException|java\\.util\\.concurrent\\.CancellationException)\\(|\\.log\\(");
    /** A literal right after one of these is matched against another program's text, not shown. */
    private static final Pattern MATCHED = Pattern.compile(
            "(startsWith|endsWith|contains|equals|matches|compile)\\(\\s*$");

    @Test
    void wordsForPeopleAreInTheBundles() throws IOException {
        Set<String> allowed = allowed();
        List<String> found = new ArrayList<>();
        for (SourceFiles source : SourceFiles.mainJava()) {
            String name = source.file().getFileName().toString();
            for (SourceFiles.Literal l : source.literals()) {
                if (looksLikeWords(l.text()) && !notShown(source.code(), l.at())
                        && !allowed.contains(name + ": " + l.text()) && !allowed.contains(name + ": *")) {
                    found.add(name + ": " + l.text());
                }
            }
        }
        assertThat(found).as("literals that look like words for people; move them to a bundle or allow them")
                .isEmpty();
    }

    private static boolean looksLikeWords(String s) {
        if (DOTTED.matcher(s).matches() || MARKUP.matcher(s).matches()) {
            return false;
        }
        return TWO_WORDS.matcher(s).find() || CAPITALISED.matcher(s).matches();
    }

    /** True when the literal is in a statement whose words no user reads, or is matched, not shown. */
    private static boolean notShown(String code, int at) {
        int start = Math.max(Math.max(code.lastIndexOf(';', at), code.lastIndexOf('{', at)), code.lastIndexOf('}', at));
        String before = code.substring(start + 1, at);
        return NOT_SHOWN.matcher(before).find() || MATCHED.matcher(before).find();
    }

    private static Set<String> allowed() throws IOException {
        try (InputStream in = UserTextLiteralsTest.class.getResourceAsStream("allowed-literals.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toSet());
        }
    }
}
