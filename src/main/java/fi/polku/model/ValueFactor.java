package fi.polku.model;

/** The five factors whose product is an opportunity's yearly value, in the order the formula names them. */
public enum ValueFactor {
    CUSTOMERS_PER_OCCURRENCE, SHARE_CONVERTING, VALUE_PER_CUSTOMER, OCCURRENCES_PER_DAY, DAYS_PER_YEAR;

    /** This factor's value in an estimate. */
    public double of(ValueEstimate e) {
        return switch (this) {
            case CUSTOMERS_PER_OCCURRENCE -> e.customersPerOccurrence();
            case SHARE_CONVERTING -> e.shareConverting();
            case VALUE_PER_CUSTOMER -> e.valuePerCustomer();
            case OCCURRENCES_PER_DAY -> e.occurrencesPerDay();
            case DAYS_PER_YEAR -> e.daysPerYear();
        };
    }
}
