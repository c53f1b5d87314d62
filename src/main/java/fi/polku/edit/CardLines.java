package fi.polku.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Card titles from pasted text, one per non-blank line: a list typed from sticky notes or copied from an
 * e-mail comes with bullets ("-", "•", "*", "1.", "2)", "[ ]", "&gt;") that are list marks, not part of a title.
 */
public final class CardLines {
    /**
     * A list mark at the start of a line and the spaces after it. A number counts as a mark only with its
     * dot or parenthesis and a space after, so that "24/7 chat" or "3 days delivery" keep their number.
     */
    private static final Pattern MARK = Pattern.compile(
            "^(?:[-–—•·◦▪‣*+>]+|\\[[ xX]?]|\\d{1,3}[.)](?=\\s))\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CardLines() {
    }

    /** The titles in the order of the lines; blank lines and lines that are only a mark are left out. */
    public static List<String> titles(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String t = line.strip();
            // A line may carry two marks, as "- [ ] Call back" from a task list.
            for (int i = 0; i < 2; i++) {
                t = MARK.matcher(t).replaceFirst("").strip();
            }
            t = SPACES.matcher(t).replaceAll(" ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the text holds more than one title, and so reads as a list rather than one title. */
    public static boolean isList(String text) {
        return titles(text).size() > 1;
    }
}
