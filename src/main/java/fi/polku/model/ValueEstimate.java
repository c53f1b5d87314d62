package fi.polku.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The yearly money an opportunity could bring:
 * customers per occurrence x share converting x value per customer x occurrences per day x days per year.
 *
 * @param sources where each factor comes from; factors without a source are absent
 */
public record ValueEstimate(double customersPerOccurrence, double shareConverting, double valuePerCustomer,
                            double occurrencesPerDay, double daysPerYear, String currency,
                            Map<ValueFactor, FactorSource> sources) {
    public ValueEstimate {
        currency = currency == null || currency.isBlank() ? "EUR" : currency;
        sources = sources == null || sources.isEmpty() ? Map.of() : kept(sources);
    }

    /** An estimate whose factors have no stated sources. */
    public ValueEstimate(double customersPerOccurrence, double shareConverting, double valuePerCustomer,
                         double occurrencesPerDay, double daysPerYear, String currency) {
        this(customersPerOccurrence, shareConverting, valuePerCustomer, occurrencesPerDay, daysPerYear, currency,
                Map.of());
    }

    public double yearlyValue() {
        return customersPerOccurrence * shareConverting * valuePerCustomer * occurrencesPerDay * daysPerYear;
    }

    /** The source of one factor, or null. */
    public FactorSource source(ValueFactor factor) {
        return sources.get(factor);
    }

    public ValueEstimate withSources(Map<ValueFactor, FactorSource> v) {
        return new ValueEstimate(customersPerOccurrence, shareConverting, valuePerCustomer, occurrencesPerDay,
                daysPerYear, currency, v);
    }

    /** In factor order, without empty sources, so that equal estimates compare and save equal. */
    private static Map<ValueFactor, FactorSource> kept(Map<ValueFactor, FactorSource> sources) {
        EnumMap<ValueFactor, FactorSource> out = new EnumMap<>(ValueFactor.class);
        sources.forEach((factor, source) -> {
            if (factor != null && source != null && !source.isEmpty()) {
                out.put(factor, source);
            }
        });
        return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
    }
}
