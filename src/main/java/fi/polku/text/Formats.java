package fi.polku.text;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers and dates the way a language writes them for people to read: {@code 1 234,5} and
 * {@code 3.11.2026} in Finnish, {@code 1,234.5} and {@code Nov 3, 2026} in English. Files and
 * machine-readable output keep their canonical forms and never come here.
 */
public final class Formats {
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Localization.FINNISH);

    private Formats() {
    }

    /** The locale whose number symbols {@link java.text.MessageFormat} should use for {@code language}. */
    static Locale numbers(Locale language) {
        return Localization.supported(language).equals(Localization.FINNISH) ? Locale.of("fi", "FI") : Locale.US;
    }

    /** A number with at most {@code decimals} decimals, a real minus sign, and the language's separators. */
    public static String number(Locale language, double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(numbers(language));
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(value).replace('-', '\u2212');
    }

    /** A whole count with the language's thousands separator, e.g. {@code 1 204} or {@code 1,204}. */
    public static String count(Locale language, long value) {
        return NumberFormat.getIntegerInstance(numbers(language)).format(value);
    }

    /** A date for people: {@code 3.11.2026} in Finnish, {@code Nov 3, 2026} in English. */
    public static String date(Locale language, LocalDate date) {
        if (Localization.supported(language).equals(Localization.FINNISH)) {
            return FINNISH_DATE.format(date);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US).format(date);
    }
}
