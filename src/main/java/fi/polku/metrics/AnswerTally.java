package fi.polku.metrics;

import fi.polku.model.MetricDefinition;
import fi.polku.text.Localization;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Running counters of the answers to one metric (at one touchpoint), so that a million-row survey is
 * scored without keeping its rows. Mutable and not thread-safe: one reader fills it.
 */
public final class AnswerTally {
    private final AnswerScale scale;
    private final long[] wholeCounts;
    private long n;
    private double mean;
    private double sumSquaredDeviations;
    private LocalDate from;
    private LocalDate to;

    public AnswerTally(AnswerScale scale) {
        this.scale = Objects.requireNonNull(scale, "scale");
        this.wholeCounts = scale.countsWholeValues() ? new long[(int) (scale.max() - scale.min()) + 1] : null;
    }

    /** An empty tally for the answers of a metric. */
    public static AnswerTally of(MetricDefinition metric) {
        return new AnswerTally(AnswerScale.of(metric));
    }

    public AnswerScale scale() {
        return scale;
    }

    /**
     * Counts one answer.
     *
     * @param date the answer's date, or null
     * @throws IllegalArgumentException with the reason when the answer is outside the scale
     */
    public void add(double answer, LocalDate date) {
        // Callers that read answers from a person's file ask the scale first and show its text; reaching
        // this is a caller's bug, so the message stays in English for the log.
        scale.reject(answer).ifPresent(reason -> {
            throw new IllegalArgumentException(reason.in(Localization.ENGLISH));
        });
        n++;
        // Welford's update keeps the variance accurate over millions of answers.
        double delta = answer - mean;
        mean += delta / n;
        sumSquaredDeviations += delta * (answer - mean);
        if (wholeCounts != null) {
            wholeCounts[(int) (answer - scale.min())]++;
        }
        if (date != null) {
            from = from == null || date.isBefore(from) ? date : from;
            to = to == null || date.isAfter(to) ? date : to;
        }
    }

    public long n() {
        return n;
    }

    public double mean() {
        return mean;
    }

    /** Sample standard deviation (n − 1), or 0 for fewer than two answers. */
    public double sampleSd() {
        return n < 2 ? 0 : Math.sqrt(sumSquaredDeviations / (n - 1));
    }

    /** How many answers fell between {@code low} and {@code high} inclusive (whole-number scales only). */
    public long countBetween(int low, int high) {
        if (wholeCounts == null) {
            throw new IllegalStateException(scale.id() + " answers are not counted one by one");
        }
        long count = 0;
        for (int v = low; v <= high; v++) {
            int index = v - (int) scale.min();
            if (index >= 0 && index < wholeCounts.length) {
                count += wholeCounts[index];
            }
        }
        return count;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
