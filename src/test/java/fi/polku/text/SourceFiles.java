package fi.polku.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The main Java sources with their comments removed, and the string literals in them. */
record SourceFiles(Path file, String code) {
    /** A string literal, text blocks excluded (the code has none that a person reads). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static final Pattern UNICODE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");

    static List<SourceFiles> mainJava() throws IOException {
        List<SourceFiles> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                out.add(new SourceFiles(p, withoutComments(Files.readString(p))));
            }
        }
        return out;
    }

    /** One literal: its unescaped text and where it starts in {@link #code}. */
    record Literal(String text, int at) {
    }

    List<Literal> literals() {
        List<Literal> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            out.add(new Literal(unescape(m.group(1)), m.start()));
        }
        return out;
    }

    /** The literal's text: unicode escapes first (the compiler reads them before anything else), then the rest. */
    private static String unescape(String literal) {
        Matcher u = UNICODE.matcher(literal);
        StringBuilder out = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
        }
        return u.appendTail(out).toString().translateEscapes();
    }

    /** The code with comments blanked out; string and char literals are kept as they are. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
