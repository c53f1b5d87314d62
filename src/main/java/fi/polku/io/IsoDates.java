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
     * The date in {@code chars[offset, offset + length)} when it has the usual form and exists, else null:
     * then {@link #parse} of the same text says what it is. Reads the parser's characters, no string.
     */
    static LocalDate usual(char[] chars, int offset, int length) {
        if (length != 10 || chars[offset + 4] != '-' || chars[offset + 7] != '-') {
            return null;
        }
        int year = digits(chars, offset, offset + 4);
        int month = digits(chars, offset + 5, offset + 7);
        int day = digits(chars, offset + 8, offset + 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // such as February 30, which parse refuses with its usual message
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
