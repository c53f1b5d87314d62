package fi.polku.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the code asks for a key: by its whole name in a literal, by a literal prefix plus a name the
 * code also spells ({@code "status." + status.name()}, {@code "action." + id}), or as an enum constant
 * shown by its type and name ({@code LaneKind.EMOTION}).
 */
final class KeyUses {
    private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9_]+\\b");

    private final Set<String> literals = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Set<String> enums = new HashSet<>();
    private final Set<String> constants = new HashSet<>();

    KeyUses(List<SourceFiles> sources) {
        for (SourceFiles source : sources) {
            for (SourceFiles.Literal l : source.literals()) {
                literals.add(l.text());
                if (l.text().endsWith(".") || l.text().endsWith("_")) {
                    prefixes.add(l.text());
                }
            }
            Matcher e = ENUM.matcher(source.code());
            while (e.find()) {
                enums.add(e.group(1));
            }
            Matcher c = CONSTANT.matcher(source.code());
            while (c.find()) {
                constants.add(c.group());
            }
        }
    }

    /** Keys that picocli asks for under its own names (usage headings, the help command's texts). */
    private static final String PICOCLI = "cli.picocli.";

    boolean uses(String key) {
        if (literals.contains(key) || key.startsWith(PICOCLI) && literals.contains(PICOCLI)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (key.startsWith(prefix) && spelled(key.substring(prefix.length()))) {
                return true;
            }
        }
        int dot = key.indexOf('.');
        return dot > 0 && enums.contains(key.substring(0, dot)) && constants.contains(key.substring(dot + 1));
    }

    /** True when the first part of a key's rest is a name the code spells as a literal or a constant. */
    private boolean spelled(String rest) {
        int dot = rest.indexOf('.');
        String first = dot < 0 ? rest : rest.substring(0, dot);
        return literals.contains(first) || constants.contains(first) || literals.contains(rest);
    }
}
