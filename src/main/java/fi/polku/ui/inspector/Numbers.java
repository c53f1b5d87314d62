package fi.polku.ui.inspector;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/** Reads numbers as people type them (a comma or a point as decimal mark) and shows them without noise. */
final class Numbers {
    private Numbers() {
    }

    /** The number in {@code text}, or empty when it is not a finite number. */
    static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String cleaned = text.strip().replace('\u2212', '-').replace(',', '.');
        try {
            double value = Double.parseDouble(cleaned);
            return Double.isFinite(value) && !cleaned.endsWith("d") && !cleaned.endsWith("f")
                    ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** 12.0 as "12", 12.5 as "12.5"; null as "". */
    static String format(Double value) {
        if (value == null) {
            return "";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
