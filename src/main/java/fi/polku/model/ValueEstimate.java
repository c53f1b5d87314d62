package fi.polku.model;

/**
 * The yearly money an opportunity could bring:
 * customers per occurrence x share converting x value per customer x occurrences per day x days per year.
 */
public record ValueEstimate(double customersPerOccurrence, double shareConverting, double valuePerCustomer,
                            double occurrencesPerDay, double daysPerYear, String currency) {
    public ValueEstimate {
        currency = currency == null || currency.isBlank() ? "EUR" : currency;
    }

    public double yearlyValue() {
        return customersPerOccurrence * shareConverting * valuePerCustomer * occurrencesPerDay * daysPerYear;
    }
}
