package fi.polku.metrics;

import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.util.Locale;

/**
 * An opportunity's yearly value written out for people in one language, as the inspector, the cards of
 * the opportunities lane and the exports show it: "40 × 12.5% × €20 × 13 × 360 = €468,000", or in
 * Finnish "40 × 12,5 % × 20 € × 13 × 360 = 468 000 €".
 */
public final class ValueFormula {
    private ValueFormula() {
    }

    /** The five factors in formula order with the product after "=". */
    public static String of(ValueEstimate e, Locale language) {
        StringBuilder out = new StringBuilder();
        for (ValueFactor factor : ValueFactor.values()) {
            if (!out.isEmpty()) {
                out.append(" × ");
            }
            out.append(factor(e, factor, language));
        }
        return out.append(" = ").append(yearly(e, language)).toString();
    }

    /**
     * The sum in words, as the dock, the opportunity chart and the spreadsheets write it: "40 customers ×
     * 12.5% × €20 × 13 a day × 360 days = €468,000".
     */
    public static String inWords(ValueEstimate e, Locale language) {
        return inWords(e, language, "opportunity.formula");
    }

    /** The sum in words through another pattern of the same six arguments (the report's is wordier). */
    public static String inWords(ValueEstimate e, Locale language, String key) {
        return Localization.format(language, key, factor(e, ValueFactor.CUSTOMERS_PER_OCCURRENCE, language),
                factor(e, ValueFactor.SHARE_CONVERTING, language), factor(e, ValueFactor.VALUE_PER_CUSTOMER, language),
                factor(e, ValueFactor.OCCURRENCES_PER_DAY, language), factor(e, ValueFactor.DAYS_PER_YEAR, language),
                yearly(e, language));
    }

    /** One factor as the formula writes it: the share as a percentage, the value per customer as money. */
    public static String factor(ValueEstimate e, ValueFactor factor, Locale language) {
        double v = factor.of(e);
        return switch (factor) {
            case SHARE_CONVERTING -> Formats.percent(language, v, 2);
            case VALUE_PER_CUSTOMER -> Formats.money(language, v, e.currency(), true);
            default -> Formats.number(language, v, 2);
        };
    }

    /** The yearly value in whole units of the estimate's currency, e.g. "€468,000". */
    public static String yearly(ValueEstimate e, Locale language) {
        return Formats.money(language, e.yearlyValue(), e.currency(), false);
    }

    /** An amount a year, short enough for a card: "€468,000/yr", in Finnish "468 000 €/v". */
    public static String perYear(double amount, String currency, Locale language) {
        return Localization.format(language, "value.perYear", Formats.money(language, amount, currency, false));
    }
}
