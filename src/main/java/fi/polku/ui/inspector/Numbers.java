package fi.polku.ui.inspector;

import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Reads numbers as people type them (a comma or a point as decimal mark, either language) and shows them
 * without noise with the decimal mark of the user-interface language, so that a shown value can be typed
 * back unchanged.
 */
final class Numbers {
    private Numbers() {
    }

    /** The number in {@code text}, or empty when it is not a finite number. */
    static OptionalDouble parse(String text) {
        return Formats.parseNumber(text).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    /** In the user-interface language: 12.0 as "12", 12.5 as "12,5" in Finnish and "12.5" in English; null as "". */
    static String format(Double value) {
        return format(value, Localization.ui());
    }

    /** 12.5 as "12,5" in Finnish and "12.5" in English; no thousands separators, so that it parses back. */
    static String format(Double value, Locale language) {
        if (value == null) {
            return "";
        }
        String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return Localization.supported(language).equals(Localization.FINNISH) ? plain.replace('.', ',') : plain;
    }
}
