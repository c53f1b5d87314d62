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

    /**
     * The digits yyyyMMdd of {@code chars[offset, offset + length)} when it has the usual form, else -1;
     * {@link #of} then gives the date, if it exists. Reads the parser's characters, no string.
     */
    static int usualDigits(char[] chars, int offset, int length) {
        if (length != 10 || chars[offset + 4] != '-' || chars[offset + 7] != '-') {
            return -1;
        }
        int year = digits(chars, offset, offset + 4);
        int month = digits(chars, offset + 5, offset + 7);
        int day = digits(chars, offset + 8, offset + 10);
        return year < 0 || month < 0 || day < 0 ? -1 : year * 10_000 + month * 100 + day;
    }

    /** The date of {@link #usualDigits}, or null when it does not exist (then {@link #parse} says why). */
    static LocalDate of(int yyyyMMdd) {
        try {
            return LocalDate.of(yyyyMMdd / 10_000, yyyyMMdd / 100 % 100, yyyyMMdd % 100);
        } catch (DateTimeException e) {
            return null; // such as February 30
        }
    }

    private static int digits(char[] s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
