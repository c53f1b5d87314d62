package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.text.Text;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The parts of undo step names that come from the map: which touchpoints a step is about, and titles
 * cut to fit a menu. The names are texts (keys {@code step.*} in {@code edit.properties}), put into
 * words only where the Undo and Redo menu items show them.
 */
public final class UndoText {
    private static final int LONGEST_TITLE = 40;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private UndoText() {
    }

    /**
     * A touchpoint's title as a step name quotes it: on one line, and shortened with an ellipsis when it
     * would not fit a menu. The quotes are the language's own and belong to the name's pattern.
     */
    public static String title(String title) {
        String t = SPACES.matcher(title.strip()).replaceAll(" ");
        return t.length() > LONGEST_TITLE ? t.substring(0, LONGEST_TITLE - 1).strip() + "…" : t;
    }

    /** A title in quotes, for messages that are not texts, such as a command's refusal. */
    public static String quoted(String title) {
        return "“" + title(title) + "”";
    }

    /**
     * The touchpoints a step changes, as the "of" part of its name: the quoted title of a single one
     * ("“Kassa”", in Finnish "kosketuspisteen ”Kassa”"), otherwise a count ("3 touchpoints").
     */
    public static Text touchpoints(JourneyMap map, Collection<String> ids) {
        if (ids.size() == 1) {
            return touchpoint(map.touchpoint(ids.iterator().next()).map(Touchpoint::title).orElse(""));
        }
        return Text.of("step.of.touchpoints", ids.size());
    }

    /** One touchpoint as the "of" part of a step name; an untitled one reads "touchpoint". */
    public static Text touchpoint(String title) {
        return title == null || title.isBlank() ? Text.of("step.of.touchpoints", 1)
                : Text.of("step.of.titled", title(title));
    }

    /**
     * "1 answer", "1,204 answers" in English, for command-line messages that are not texts yet.
     * Step names count through their patterns instead ({@code {0,choice,...}}).
     */
    public static String count(long n, String singular, String plural) {
        return Formats.count(Localization.ENGLISH, n) + " " + (n == 1 ? singular : plural);
    }
}
