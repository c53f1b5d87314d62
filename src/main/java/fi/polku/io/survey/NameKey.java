package fi.polku.io.survey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which imported names are compared (survey touchpoints, spreadsheet headers): without accents,
 * case or extra spaces, so that "Yhteydenottö", "yhteydenotto " and "YHTEYDENOTTO" are the same touchpoint.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** A lower-case ASCII slug for ids, e.g. "Kassajono / ilta" → "kassajono-ilta". */
    static String slug(String name) {
        String slug = of(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "touchpoint" : slug;
    }
}
