package fi.polku.model;

/** Whether a larger value of a metric is better or worse for the customer. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
