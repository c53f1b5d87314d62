package fi.polku.metrics;

import fi.polku.model.MetricDefinition;
import fi.polku.text.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * The range of single answers a metric accepts, which differs from the scale of its score: a CSAT
 * answer is 1–5 while the CSAT score is a percentage, an FCR answer is resolved (1) or not (0).
 *
 * @param wholeOnly whether only whole numbers are valid answers (rating scales)
 */
public record AnswerScale(MetricDefinition metric, double min, double max, boolean wholeOnly) {
    public AnswerScale {
        Objects.requireNonNull(metric, "metric");
    }

    /** The answer scale of a built-in or custom metric. */
    public static AnswerScale of(MetricDefinition metric) {
        if (metric.isYesNo()) {
            return new AnswerScale(metric, 0, 1, true); // yes (1) or no (0), as FCR
        }
        return switch (metric.builtIn() ? metric.id() : "") {
            case MetricDefinition.NPS -> new AnswerScale(metric, 0, 10, true);
            case MetricDefinition.CSAT -> new AnswerScale(metric, 1, 5, true);
            case MetricDefinition.CES -> new AnswerScale(metric, 1, 7, true);
            case MetricDefinition.FCR -> new AnswerScale(metric, 0, 1, true);
            case MetricDefinition.EMOTION -> new AnswerScale(metric, -3, 3, false);
            default -> new AnswerScale(metric, metric.min(), metric.max(), false);
        };
    }

    public String id() {
        return metric.id();
    }

    /** Why an answer cannot be counted ({@code answer.*} in the metrics bundle), or empty when it can. */
    public Optional<Text> reject(double answer) {
        if (!Double.isFinite(answer)) {
            return Optional.of(Text.of("answer.notANumber", metric.name()));
        }
        if (answer < min || answer > max) {
            return Optional.of(Text.of("answer.outside", metric.name(), answer, min, max));
        }
        if (wholeOnly && answer != Math.rint(answer)) {
            return Optional.of(Text.of("answer.notWhole", metric.name(), answer));
        }
        return Optional.empty();
    }

    /** Whether whole answers are few enough to count one by one (NPS 0–10, but not a 0–60 minute scale). */
    boolean countsWholeValues() {
        return wholeOnly && max - min <= 100;
    }
}
