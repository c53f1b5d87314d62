package fi.polku.io;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the dates of a map file: the usual {@code yyyy-MM-dd} directly, everything else through
 * {@link LocalDate#parse}, which decides what is valid and what it says about the rest. The JDK's
 * formatter costs about a tenth of opening a large map, and nearly every value has the usual form.
 */
final class IsoDates {
    private IsoDates() {
    }

    /** The same date {@link LocalDate#parse} gives, or its {@code DateTimeParseException}. */
    static LocalDate parse(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // Such as February 30: the formatter gives the exception with its usual message.
                    return LocalDate.parse(s);
                }
            }
        }
        return LocalDate.parse(s);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
