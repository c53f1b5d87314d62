package fi.polku.export;

/**
 * Neutralises text that a spreadsheet would run as a formula ("CSV injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so Excel and LibreOffice show it
 * as text. Only text cells pass through here; numbers are written as numbers and keep their sign.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    /** The text as it is safe to put in a spreadsheet cell. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
