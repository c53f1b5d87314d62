package fi.polku.model;

/** What a metric's answers are: numbers on a scale (averaged), or yes/no answers (a share of yes). */
public enum MetricKind {
    /** Numbers on the metric's scale; the score is their mean with a t interval. */
    SCALE,
    /** Yes (1) or no (0); the score is the percentage of yes with a Wilson interval, like FCR. */
    YES_NO
}
