package fi.polku.cli;

import fi.polku.io.survey.ImportedScore;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.YesNoShare;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.util.List;

/** A plain-text table of scores for the terminal, one line per touchpoint and metric. */
final class ScoreTable {
    private static final List<String> HEADER = List.of("cli.score.column.touchpoint", "cli.score.column.metric",
            "cli.score.column.n", "cli.score.column.value", "cli.score.column.interval", "cli.score.column.details");
    private final List<ImportedScore> scores;

    ScoreTable(List<ImportedScore> scores) {
        this.scores = scores;
    }

    String render() {
        if (scores.isEmpty()) {
            return Localization.text(Localization.ui(), "cli.score.none") + "\n";
        }
        TextTable table = new TextTable(HEADER.stream().map(k -> Localization.text(Localization.ui(), k))
                .toArray(String[]::new), 2, 3);
        boolean anySmall = false;
        for (ImportedScore s : scores) {
            MetricResult r = s.result();
            anySmall |= r.smallSample();
            table.add(s.touchpointName(), label(r.metric()),
                    Formats.count(Localization.ui(), r.n()) + (r.smallSample() ? "*" : ""),
                    number(r.value()) + unit(r), interval(r), details(r));
        }
        StringBuilder out = new StringBuilder(table.render());
        if (anySmall) {
            out.append(Localization.format("cli.smallSample", MetricResult.SMALL_SAMPLE)).append('\n');
        }
        return out.toString();
    }

    private static String label(String metricId) {
        MetricDefinition d = MetricDefinition.builtIn(metricId);
        return d == null ? metricId : d.name();
    }

    private static String unit(MetricResult r) {
        boolean share = r.metric().equals(MetricDefinition.CSAT) || r.metric().equals(MetricDefinition.FCR)
                || r.extras().containsKey(YesNoShare.YES);
        return share ? " %" : "";
    }

    private static String interval(MetricResult r) {
        return r.ciLow() == null ? "–" : number(r.ciLow()) + " … " + number(r.ciHigh());
    }

    private static String details(MetricResult r) {
        var e = r.extras();
        return switch (r.metric()) {
            case MetricDefinition.NPS -> Localization.format("cli.score.nps", e.get("promoters").longValue(),
                    e.get("passives").longValue(), e.get("detractors").longValue());
            case MetricDefinition.CSAT -> Localization.format("cli.score.csat",
                    Formats.number(Localization.ui(), e.get("mean"), 2));
            case MetricDefinition.CES -> Localization.format("cli.score.ces", number(e.get("agreePct")));
            case MetricDefinition.FCR -> Localization.format("cli.score.fcr", e.get("resolved").longValue());
            default -> e.containsKey(YesNoShare.YES)
                    ? Localization.format("cli.score.yes", e.get(YesNoShare.YES).longValue()) : "";
        };
    }

    /** Always one decimal, so that a column of scores lines up, with the language's separators. */
    private static String number(double v) {
        return Localization.format("cli.score.number", v);
    }
}
