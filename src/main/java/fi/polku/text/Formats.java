package fi.polku.text;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers and dates the way a language writes them for people to read: {@code 1 234,5} and
 * {@code 3.11.2026} in Finnish, {@code 1,234.5} and {@code Nov 3, 2026} in English. Files and
 * machine-readable output keep their canonical forms and never come here.
 */
public final class Formats {
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Localization.FINNISH);
    private static final DateTimeFormatter ENGLISH_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);
    // Typed dates are read strictly, so that 31.9.2026 is refused rather than taken as 30.9.2026.
    private static final DateTimeFormatter TYPED_FINNISH =
            DateTimeFormatter.ofPattern("d.M.uuuu", Localization.FINNISH).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED_ENGLISH = DateTimeFormatter.ofPattern(
            DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null, IsoChronology.INSTANCE,
                    Locale.US).replace('y', 'u'), Locale.US).withResolverStyle(ResolverStyle.STRICT);

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

    /** A share (0.125) as a percentage with at most {@code decimals} decimals: {@code 12,5 %} or {@code 12.5%}. */
    public static String percent(Locale language, double share, int decimals) {
        NumberFormat f = NumberFormat.getPercentInstance(numbers(language));
        f.setMaximumFractionDigits(decimals);
        return f.format(share).replace('-', '\u2212');
    }

    /**
     * Money as the language writes it: {@code 468 000 €} in Finnish, {@code €468,000} in English, with cents
     * only when the amount has them ({@code 2,50 €}); a currency without a sign of its own, or a code the JDK
     * does not know, follows the number ({@code 468,000 SEK}).
     *
     * @param currency an ISO 4217 code such as {@code EUR}
     * @param cents    whether cents are shown when the amount has them; false rounds to whole units
     */
    public static String money(Locale language, double amount, String currency, boolean cents) {
        Locale numbers = numbers(language);
        double rounded = Math.round(amount * 100) / 100.0;
        int decimals = cents && rounded != Math.rint(rounded) ? 2 : 0;
        java.util.Currency known = null;
        try {
            known = java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException notACode) {
            // written after the number below
        }
        if (known == null || known.getSymbol(numbers).equals(known.getCurrencyCode())) {
            NumberFormat f = NumberFormat.getNumberInstance(numbers);
            f.setRoundingMode(java.math.RoundingMode.HALF_UP);
            f.setMinimumFractionDigits(decimals);
            f.setMaximumFractionDigits(decimals);
            return (f.format(amount) + "\u00A0" + (currency == null ? "" : currency)).strip().replace('-', '\u2212');
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(numbers);
        f.setCurrency(known);
        // Halves round up, as people round money: 7 492,50 € a year is 7 493 €.
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(amount).replace('-', '\u2212');
    }

    /** A whole count with the language's thousands separator, e.g. {@code 1 204} or {@code 1,204}. */
    public static String count(Locale language, long value) {
        return NumberFormat.getIntegerInstance(numbers(language)).format(value);
    }

    /** A date for people: {@code 3.11.2026} in Finnish, {@code Nov 3, 2026} in English. */
    public static String date(Locale language, LocalDate date) {
        return dateFormat(language).format(date);
    }

    /**
     * A date a person typed: the language's own form ({@code 3.11.2026} / {@code Nov 3, 2026}), the
     * Finnish day-first form in either language, or ISO {@code 2026-11-03}; empty when none of them fits.
     */
    public static Optional<LocalDate> parseDate(Locale language, String text) {
        String typed = text == null ? "" : text.strip();
        for (DateTimeFormatter form : List.of(strict(language), TYPED_FINNISH, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(typed, form));
            } catch (DateTimeParseException notThisForm) {
                // the next form may fit
            }
        }
        return Optional.empty();
    }

    /**
     * The number a person typed, with a decimal comma or point and spaces between thousands: "1 234,5",
     * "78.2", "−3"; when both marks appear ("1,234.5") the last is the decimal one. Empty when not a finite number.
     */
    public static Optional<Double> parseNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace('\u2212', '-').replaceAll("[\\s\u00A0\u202F]", "");
        int comma = s.lastIndexOf(','), point = s.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            s = comma > point ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else {
            s = s.replace(',', '.');
        }
        // Double.parseDouble also takes "1e3", "NaN", "2d": only plain decimal numbers are a person's numbers.
        if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(s));
    }

    private static DateTimeFormatter strict(Locale language) {
        return Localization.supported(language).equals(Localization.FINNISH) ? TYPED_FINNISH : TYPED_ENGLISH;
    }

    private static DateTimeFormatter dateFormat(Locale language) {
        return Localization.supported(language).equals(Localization.FINNISH) ? FINNISH_DATE : ENGLISH_DATE;
    }
}
