package fi.polku.cli;

import fi.polku.io.survey.ImportedScore;
import fi.polku.metrics.MetricResult;
import fi.polku.model.MetricDefinition;

import java.util.List;
import java.util.Locale;

/** A plain-text table of scores for the terminal, one line per touchpoint and metric. */
final class ScoreTable {
    private static final String[] HEADER = {"Touchpoint", "Metric", "n", "Value", "95 % interval", "Details"};
    private final List<ImportedScore> scores;

    ScoreTable(List<ImportedScore> scores) {
        this.scores = scores;
    }

    String render() {
        if (scores.isEmpty()) {
            return "No answers to score.\n";
        }
        TextTable table = new TextTable(HEADER, 2, 3);
        boolean anySmall = false;
        for (ImportedScore s : scores) {
            MetricResult r = s.result();
            anySmall |= r.smallSample();
            table.add(s.touchpointName(), label(r.metric()), r.n() + (r.smallSample() ? "*" : ""),
                    number(r.value()) + unit(r.metric()), interval(r), details(r));
        }
        StringBuilder out = new StringBuilder(table.render());
        if (anySmall) {
            out.append("* fewer than ").append(MetricResult.SMALL_SAMPLE)
                    .append(" answers: treat the score with caution\n");
        }
        return out.toString();
    }

    private static String label(String metricId) {
        MetricDefinition d = MetricDefinition.builtIn(metricId);
        return d == null ? metricId : d.name();
    }

    private static String unit(String metricId) {
        return metricId.equals(MetricDefinition.CSAT) || metricId.equals(MetricDefinition.FCR) ? " %" : "";
    }

    private static String interval(MetricResult r) {
        return r.ciLow() == null ? "–" : number(r.ciLow()) + " … " + number(r.ciHigh());
    }

    private static String details(MetricResult r) {
        var e = r.extras();
        return switch (r.metric()) {
            case MetricDefinition.NPS -> "promoters " + count(e.get("promoters")) + ", passives "
                    + count(e.get("passives")) + ", detractors " + count(e.get("detractors"));
            case MetricDefinition.CSAT -> "mean " + String.format(Locale.ROOT, "%.2f", e.get("mean"));
            case MetricDefinition.CES -> "agree " + number(e.get("agreePct")) + " %";
            case MetricDefinition.FCR -> "resolved " + count(e.get("resolved"));
            default -> "";
        };
    }

    private static String count(Double v) {
        return Long.toString(v.longValue());
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
