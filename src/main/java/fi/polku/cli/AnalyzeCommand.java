package fi.polku.cli;

import fi.polku.edit.UndoText;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.JourneyScore;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code polku analyze}: importance-performance analysis, priorities and journey score of a map. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Per touchpoint: importance, measured value and n, performance (0-100, 100 best), "
                + "target status, importance-performance quadrant, gap to target and priority "
                + "(importance x gap); then the priority ranking and the journey score (importance-weighted "
                + "performance) overall and per stage.",
                "Without --metric every metric measured in the map is analysed.",
                "Exit status: 0 done, 1 the map unreadable, 2 wrong usage (e.g. an unknown metric)."})
public final class AnalyzeCommand implements Callable<Integer> {
    /** Where the importance-performance crosshair sits, as written on the command line. */
    enum CrosshairOption {
        means(Crosshair.DATA_MEANS), midpoints(Crosshair.SCALE_MIDPOINTS);

        final Crosshair crosshair;

        CrosshairOption(Crosshair crosshair) {
            this.crosshair = crosshair;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "the map file (*.polku.json)")
    Path mapFile;

    @Option(names = "--metric", paramLabel = "ID", description = "analyse only this metric (built-in or the map's)")
    String metric;

    @Option(names = "--crosshair", paramLabel = "means|midpoints", defaultValue = "means",
            description = "crosshair at the data means (default) or at the scale midpoints (importance 3, "
                    + "performance 50)")
    CrosshairOption crosshair;

    @Option(names = "--json", description = "print JSON instead of tables (numbers unrounded)")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        JourneyMap map;
        try {
            map = MapFiles.load(mapFile);
        } catch (MapFileException e) {
            MapProblems.print(e, spec.commandLine().getErr());
            return PolkuCommand.EXIT_FAILURE;
        }
        List<TouchpointAnalysis> analyses = new ArrayList<>();
        for (MetricDefinition m : metrics(map)) {
            analyses.add(TouchpointAnalysis.of(map, m.id(), crosshair.crosshair));
        }
        if (json) {
            out.println(AnalysisJson.of(map, crosshair.name(), analyses));
        } else if (analyses.isEmpty()) {
            out.println(mapFile + ": no touchpoint has a measurement to analyse");
        } else {
            for (TouchpointAnalysis a : analyses) {
                out.print(render(a));
                if (a != analyses.getLast()) {
                    out.println();
                }
            }
        }
        out.flush();
        return 0;
    }

    /** The metric asked for, or every metric some touchpoint of the map has a measurement of. */
    private List<MetricDefinition> metrics(JourneyMap map) {
        if (metric != null) {
            MetricDefinition d = map.metric(metric.strip()).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--metric: " + mapFile + " has no metric \"" + metric + "\"; its metrics are "
                    + String.join(", ", map.allMetrics().stream().map(MetricDefinition::id).toList())));
            return List.of(d);
        }
        return map.allMetrics().stream()
                .filter(d -> map.touchpoints().stream()
                        .anyMatch(t -> t.measurements().stream().anyMatch(x -> x.metric().equals(d.id()))))
                .toList();
    }

    private static String render(TouchpointAnalysis a) {
        StringBuilder out = new StringBuilder();
        MetricDefinition m = a.metric();
        out.append(m.name()).append(" (").append(m.id()).append(", ").append(number(m.min())).append("–")
                .append(number(m.max())).append(unit(m)).append("): crosshair at ")
                .append(a.crosshair().text().toString().toLowerCase(Locale.ROOT)).append(", importance ")
                .append(number(a.position().importance())).append(", performance ")
                .append(number(a.position().performance())).append('\n');
        TextTable table = new TextTable(new String[] {"Touchpoint", "Importance", "Value", "n", "Performance",
            "Target", "Status", "Quadrant", "Gap", "Priority"}, 1, 2, 3, 4, 5, 8, 9);
        boolean anySmall = false;
        for (TouchpointRow r : a.rows()) {
            if (r.measurement() == null) {
                continue;
            }
            Integer n = r.measurement().n();
            boolean small = n != null && n < MetricResult.SMALL_SAMPLE;
            anySmall |= small;
            table.add(r.touchpoint().title(), number(r.importance()), value(m, r.measurement().value()),
                    n == null ? "–" : n + (small ? "*" : ""), number(r.performance()), r.target() == null ? "–" : value(m, r.target()),
                    r.status().text().toString(), r.quadrant() == null ? "–" : r.quadrant().text().toString(),
                    number(r.gap()), number(r.priority()));
        }
        out.append(table.render());
        if (anySmall) {
            out.append("* fewer than ").append(MetricResult.SMALL_SAMPLE).append(" answers: treat with caution\n");
        }
        List<TouchpointRow> ranking = a.priorityRanking();
        out.append("Priority ranking:").append(ranking.isEmpty() ? " no touchpoint is below its target\n" : "\n");
        for (int i = 0; i < ranking.size(); i++) {
            TouchpointRow r = ranking.get(i);
            out.append("  ").append(i + 1).append(". ").append(r.touchpoint().title()).append(": ")
                    .append(r.explainPriority()).append('\n');
        }
        JourneyScore score = a.journeyScore();
        out.append("Journey score: ").append(number(score.overall())).append(" (")
                .append(UndoText.count(score.touchpoints(), "touchpoint", "touchpoints")).append(')');
        for (JourneyScore.StageScore s : score.stages()) {
            out.append("; ").append(s.stage().name()).append(' ').append(number(s.score()));
        }
        return out.append('\n').toString();
    }

    private static String unit(MetricDefinition m) {
        return m.unit().isBlank() ? "" : m.unit().equals("%") ? " %" : " " + m.unit();
    }

    /** A value on the metric's scale: two decimals on short scales such as CES 1–7, else one. */
    private static String value(MetricDefinition m, double v) {
        if (m.max() - m.min() > 10) {
            return number(v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** One decimal for the terminal; a dash for an unknown value. */
    static String number(Double v) {
        if (v == null) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
