package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;

import java.util.Collection;

/** Wording of Undo and Redo menu items, e.g. "Set importance of “Kassa”" or "Import 1,204 answers". */
public final class UndoText {
    private static final int LONGEST_TITLE = 40;

    private UndoText() {
    }

    /** "1 answer", "1,204 answers": the count with thousands separators and the right noun. */
    public static String count(long n, String singular, String plural) {
        // By hand rather than String.format: descriptions are made for every command, even merged ones.
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + 8 + plural.length());
        if (n < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(' ').append(n == 1 ? singular : plural).toString();
    }

    /** A title in typographic quotes, shortened with an ellipsis when it would not fit a menu. */
    public static String quoted(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        if (t.length() > LONGEST_TITLE) {
            t = t.substring(0, LONGEST_TITLE - 1).strip() + "…";
        }
        return "“" + t + "”";
    }

    /**
     * Names the touchpoints an action is about: the quoted title of a single one ("“Kassa”"),
     * otherwise a count ("3 touchpoints"). An untitled single touchpoint reads "touchpoint".
     */
    public static String touchpoints(JourneyMap map, Collection<String> ids) {
        if (ids.size() == 1) {
            String id = ids.iterator().next();
            return map.touchpoint(id).map(Touchpoint::title).filter(s -> !s.isBlank())
                    .map(UndoText::quoted).orElse("touchpoint");
        }
        return count(ids.size(), "touchpoint", "touchpoints");
    }

    /** "Move touchpoint" or "Move 3 touchpoints", for commands that do not know titles. */
    static String counted(String verb, int n) {
        return n == 1 ? verb + " touchpoint" : verb + " " + count(n, "touchpoint", "touchpoints");
    }
}
