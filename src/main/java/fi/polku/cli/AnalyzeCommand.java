package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.metrics.Crosshair;
import fi.polku.layout.GapText;
import fi.polku.metrics.FeelingGaps;
import fi.polku.metrics.JourneyScore;
import fi.polku.render.chart.ChartText;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
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
@Command(name = "analyze", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.analyze.description}", "${bundle:cli.analyze.details}"})
public final class AnalyzeCommand implements Callable<Integer> {
    /** The table's column headings, in order. */
    private static final List<String> COLUMNS = List.of("cli.analyze.column.touchpoint",
            "cli.analyze.column.importance", "cli.analyze.column.value", "cli.analyze.column.n",
            "cli.analyze.column.performance", "cli.analyze.column.target", "cli.analyze.column.status",
            "cli.analyze.column.quadrant", "cli.analyze.column.gap", "cli.analyze.column.priority");

    /** Where the importance-performance crosshair sits, as written on the command line. */
    enum CrosshairOption {
        target(Crosshair.TARGET), means(Crosshair.DATA_MEANS), midpoints(Crosshair.SCALE_MIDPOINTS);

        final Crosshair crosshair;

        CrosshairOption(Crosshair crosshair) {
            this.crosshair = crosshair;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.map}", descriptionKey = "cli.param.map")
    Path mapFile;

    @Option(names = "--metric", paramLabel = "ID", descriptionKey = "cli.analyze.metric")
    String metric;

    @Option(names = "--crosshair", paramLabel = "target|means|midpoints", defaultValue = "target",
            descriptionKey = "cli.analyze.crosshair")
    CrosshairOption crosshair;

    @Option(names = "--json", descriptionKey = "cli.analyze.json")
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
        MatrixAnalysis matrix = MatrixAnalysis.allMetrics(map, crosshair.crosshair);
        if (json) {
            out.println(AnalysisJson.of(map, crosshair.name(), analyses, matrix));
        } else if (analyses.isEmpty()) {
            out.println(Localization.format("cli.analyze.nothing", mapFile));
        } else {
            for (TouchpointAnalysis a : analyses) {
                out.print(render(a));
                if (a != analyses.getLast()) {
                    out.println();
                }
            }
            if (metric == null) {
                out.println();
                out.print(MatrixText.of(matrix, Localization.ui()));
            }
        }
        if (!json && metric == null) {
            out.print(gaps(map));
        }
        out.flush();
        return 0;
    }

    /** The metric asked for, or every metric some touchpoint of the map has a measurement of. */
    private List<MetricDefinition> metrics(JourneyMap map) {
        if (metric != null) {
            MetricDefinition d = map.metric(metric.strip()).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), Localization.format("cli.analyze.unknownMetric", mapFile, metric,
                    String.join(", ", map.allMetrics().stream().map(MetricDefinition::id).toList()))));
            return List.of(d);
        }
        return map.allMetrics().stream()
                .filter(d -> map.touchpoints().stream()
                        .anyMatch(t -> t.measurements().stream().anyMatch(x -> x.metric().equals(d.id()))))
                .toList();
    }

    private static String render(TouchpointAnalysis a) {
        Locale language = Localization.ui();
        StringBuilder out = new StringBuilder();
        MetricDefinition m = a.metric();
        if (a.crosshair() == Crosshair.TARGET) {
            out.append(Localization.format(language, "cli.analyze.heading.target", m.name(), m.id(), number(m.min()),
                    number(m.max()) + unit(m), number(a.position().importance()))).append('\n');
        } else {
            out.append(Localization.format(language, "cli.analyze.heading", m.name(), m.id(), number(m.min()),
                    number(m.max()) + unit(m), a.crosshair().text().in(language).toLowerCase(language),
                    number(a.position().importance()), number(a.position().performance()))).append('\n');
        }
        TextTable table = new TextTable(COLUMNS.stream().map(k -> Localization.text(language, k))
                .toArray(String[]::new), 1, 2, 3, 4, 5, 8, 9);
        boolean anySmall = false;
        for (TouchpointRow r : a.rows()) {
            if (r.measurement() == null) {
                continue;
            }
            Integer n = r.measurement().n();
            boolean small = n != null && n < MetricResult.SMALL_SAMPLE;
            anySmall |= small;
            table.add(r.touchpoint().title(), number(r.importance()), value(m, r.measurement().value()),
                    n == null ? "–" : Formats.count(language, n) + (small ? "*" : ""), number(r.performance()),
                    r.target() == null ? "–" : value(m, r.target()), r.status().text().in(language),
                    r.quadrant() == null ? "–" : r.quadrant().text().in(language), GapText.gap(r, language),
                    number(r.priority()));
        }
        out.append(table.render());
        if (anySmall) {
            out.append(Localization.format(language, "cli.smallSample", MetricResult.SMALL_SAMPLE)).append('\n');
        }
        List<TouchpointRow> ranking = a.priorityRanking();
        out.append(Localization.text(language, ranking.isEmpty() ? "cli.analyze.noRanking" : "cli.analyze.ranking"))
                .append('\n');
        for (int i = 0; i < ranking.size(); i++) {
            TouchpointRow r = ranking.get(i);
            out.append("  ").append(i + 1).append(". ").append(r.touchpoint().title()).append(": ")
                    .append(Localization.format(language, "cli.analyze.ranked", GapText.of(r, language),
                            r.explainPriority())).append('\n');
        }
        JourneyScore score = a.journeyScore();
        out.append(Localization.format(language, "cli.analyze.journeyScore", number(score.overall()),
                score.touchpoints()));
        for (JourneyScore.StageScore s : score.stages()) {
            out.append("; ").append(s.stage().name()).append(' ').append(number(s.score()));
        }
        return out.append('\n').toString();
    }

    /** The largest gaps between the intended and the experienced feeling, or nothing when no card has both. */
    private static String gaps(JourneyMap map) {
        Locale language = Localization.ui();
        List<FeelingGaps.Gap> gaps = FeelingGaps.of(map, language);
        if (gaps.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n").append(Localization.text(language, "cli.analyze.gaps")).append('\n');
        for (int i = 0; i < gaps.size(); i++) {
            FeelingGaps.Gap g = gaps.get(i);
            out.append("  ").append(i + 1).append(". ").append(g.touchpoint().title()).append(": ")
                    .append(Localization.format(language, "cli.analyze.gap", felt(language, g.experienced(), g.feeling()),
                            felt(language, g.intended().emotion(), g.intended()), ChartText.signed(language, g.gap())))
                    .append('\n');
        }
        return out.toString();
    }

    private static String felt(Locale language, double value, fi.polku.model.Feeling named) {
        String number = ChartText.signed(language, value);
        return named == null ? number : number + " (" + named.name() + ")";
    }

    private static String unit(MetricDefinition m) {
        return m.unit().isBlank() ? "" : m.unit().equals("%") ? " %" : " " + m.unit();
    }

    /** A value on the metric's scale: up to two decimals on short scales such as CES 1–7, else one. */
    private static String value(MetricDefinition m, double v) {
        return Formats.number(Localization.ui(), v, m.max() - m.min() > 10 ? 1 : 2);
    }

    /** Up to one decimal, written the way the language writes numbers; a dash for an unknown value. */
    static String number(Double v) {
        return v == null ? "–" : Formats.number(Localization.ui(), v, 1);
    }
}
