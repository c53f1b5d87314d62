package fi.polku.metrics;

import fi.polku.model.MetricDefinition;
import fi.polku.text.Text;

/** The test a metric's change between two rounds is judged by (docs/metrics.md, "Comparing two rounds"). */
public enum ChangeTest {
    /** NPS: the difference of two independent NPS estimates. */
    NPS_DIFFERENCE,
    /** CSAT, FCR and yes/no metrics: Newcombe's hybrid score interval for a difference of proportions. */
    NEWCOMBE,
    /** CES, emotion and custom means: Welch's t with Welch–Satterthwaite degrees of freedom. */
    WELCH;

    /** The test for a metric. */
    public static ChangeTest of(MetricDefinition metric) {
        if (metric.isYesNo()) {
            return NEWCOMBE;
        }
        if (!metric.builtIn()) {
            return WELCH;
        }
        return switch (metric.id()) {
            case MetricDefinition.NPS -> NPS_DIFFERENCE;
            case MetricDefinition.CSAT, MetricDefinition.FCR -> NEWCOMBE;
            default -> WELCH;
        };
    }

    /** Its name for a table's footnote, e.g. "Welch's t". */
    public Text text() {
        return Text.of("changeTest." + name());
    }
}
