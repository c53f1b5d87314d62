package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.layout.ChangeText;
import fi.polku.layout.MetricLabels;
import fi.polku.metrics.ChangeTest;
import fi.polku.metrics.MetricChange;
import fi.polku.metrics.Round;
import fi.polku.metrics.RoundComparison;
import fi.polku.metrics.RoundScores;
import fi.polku.metrics.Rounds;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code polku compare MAP --rounds A,B}: what changed between two measurement rounds, and whether it is real. */
@Command(name = "compare", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.compare.description}", "${bundle:cli.compare.details}"})
public final class CompareCommand implements Callable<Integer> {
    private static final List<String> COLUMNS = List.of("cli.compare.column.touchpoint", "cli.compare.column.metric",
            "cli.compare.column.a", "cli.compare.column.nA", "cli.compare.column.b", "cli.compare.column.nB",
            "cli.compare.column.change", "cli.compare.column.interval", "cli.compare.column.verdict",
            "cli.compare.column.note");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.map}", descriptionKey = "cli.param.map")
    Path mapFile;

    @Option(names = "--rounds", required = true, paramLabel = "A,B", descriptionKey = "cli.compare.rounds")
    String rounds;

    @Option(names = "--json", descriptionKey = "cli.compare.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JourneyMap map;
        try {
            map = MapFiles.load(mapFile);
        } catch (MapFileException e) {
            MapProblems.print(e, err);
            return PolkuCommand.EXIT_FAILURE;
        }
        Optional<Round[]> pair = pair(map);
        if (pair.isEmpty()) {
            err.println(unknownRounds(map));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        Round a = pair.get()[0];
        Round b = pair.get()[1];
        for (Round r : List.of(a, b)) {
            if (Rounds.count(map, r) == 0) {
                err.println(Localization.format("cli.compare.emptyRound", mapFile, r.label(), roundList(map)));
                err.flush();
                return PolkuCommand.EXIT_FAILURE;
            }
        }
        RoundComparison comparison = RoundComparison.of(map, a, b);
        out.print(json ? CompareJson.of(comparison) + "\n" : render(comparison, Localization.ui()));
        out.flush();
        return 0;
    }

    /**
     * The two rounds of {@code --rounds}: split at the comma where both sides name a round of the map, so
     * that a round name may itself hold a comma.
     */
    private Optional<Round[]> pair(JourneyMap map) {
        for (int i = rounds.indexOf(','); i >= 0; i = rounds.indexOf(',', i + 1)) {
            Optional<Round> a = Rounds.find(map, rounds.substring(0, i).strip());
            Optional<Round> b = Rounds.find(map, rounds.substring(i + 1).strip());
            if (a.isPresent() && b.isPresent()) {
                return Optional.of(new Round[] {a.get(), b.get()});
            }
        }
        return Optional.empty();
    }

    private String unknownRounds(JourneyMap map) {
        if (rounds.indexOf(',') < 0) {
            return Localization.format("cli.compare.twoRounds", rounds);
        }
        List<String> unknown = new ArrayList<>();
        for (String part : rounds.split(",")) {
            if (Rounds.find(map, part.strip()).isEmpty()) {
                unknown.add("\"" + part.strip() + "\"");
            }
        }
        return Localization.format("cli.compare.unknownRound", mapFile, String.join(", ", unknown), roundList(map));
    }

    /** The map's rounds for a message: "Syksy 2026" (12 measurements), …, or a sentence that it has none. */
    private static String roundList(JourneyMap map) {
        List<Rounds.Summary> all = Rounds.of(map);
        if (all.isEmpty()) {
            return Localization.text("cli.compare.noRounds");
        }
        return String.join(", ", all.stream()
                .map(s -> Localization.format("cli.compare.roundItem", s.name(), s.measurements())).toList());
    }

    static String render(RoundComparison c, Locale language) {
        StringBuilder out = new StringBuilder();
        out.append(Localization.format(language, "cli.compare.heading", c.a().label(), Rounds.count(c.map(), c.a()),
                c.b().label(), Rounds.count(c.map(), c.b()))).append('\n');
        TextTable table = new TextTable(COLUMNS.stream().map(k -> Localization.text(language, k))
                .toArray(String[]::new), 2, 3, 4, 5, 6, 7);
        boolean anySmall = false;
        Set<ChangeTest> tests = new LinkedHashSet<>();
        for (MetricChange ch : c.changes()) {
            MetricDefinition m = ch.metric();
            anySmall |= ch.smallSample();
            if (ch.interval() != null) {
                tests.add(ch.test());
            }
            table.add(ch.touchpoint().title(), MetricLabels.name(m, language), ChangeText.value(m, ch.a(), language),
                    ChangeText.n(ch.a(), language), ChangeText.value(m, ch.b(), language), ChangeText.n(ch.b(), language),
                    ChangeText.change(m, ch.delta(), language), ChangeText.interval(m, ch.interval(), language),
                    ChangeText.verdict(ch, language),
                    ch.limit() == MetricChange.Limit.NONE ? "" : ch.limit().text().in(language));
        }
        out.append(c.changes().isEmpty() ? Localization.text(language, "cli.compare.nothing") + "\n" : table.render());
        if (anySmall) {
            out.append(Localization.format(language, "cli.smallSample", fi.polku.metrics.MetricResult.SMALL_SAMPLE))
                    .append('\n');
        }
        if (!tests.isEmpty()) {
            out.append(Localization.format(language, "cli.compare.tests", String.join("; ", tests.stream()
                    .map(t -> t.text().in(language)).toList()))).append('\n');
        }
        for (MetricDefinition m : c.metrics()) {
            RoundScores s = c.scores(m.id());
            // A metric no touchpoint with an importance was measured by has no score to show.
            if (s.scoreA().overall() != null || s.scoreB().overall() != null) {
                out.append('\n').append(scores(s, m, language));
            }
        }
        return out.toString();
    }

    private static String scores(RoundScores s, MetricDefinition m, Locale language) {
        StringBuilder out = new StringBuilder();
        out.append(Localization.format(language, "cli.compare.journeyScore", MetricLabels.name(m, language),
                score(s.scoreA().overall(), language), s.scoreA().touchpoints(), score(s.scoreB().overall(), language),
                s.scoreB().touchpoints(), signed(s.change(), language))).append('\n');
        for (RoundScores.StageChange st : s.stages()) {
            if (st.scoreA() != null || st.scoreB() != null) {
                out.append("  ").append(Localization.format(language, "cli.compare.stageScore", st.stage().name(),
                        score(st.scoreA(), language), score(st.scoreB(), language), signed(st.change(), language)))
                        .append('\n');
            }
        }
        if (s.ranking().isEmpty()) {
            return out.append(Localization.text(language, "cli.compare.noRanking")).append('\n').toString();
        }
        out.append(Localization.text(language, "cli.compare.ranking")).append('\n');
        for (RoundScores.RankChange r : s.ranking()) {
            out.append("  ").append(Localization.format(language, "cli.compare.ranked", r.touchpoint().title(),
                    rank(r.rankA(), language), rank(r.rankB(), language), signed(r.priorityChange(), language)))
                    .append('\n');
        }
        return out.toString();
    }

    private static String rank(int rank, Locale language) {
        return rank == 0 ? Localization.text(language, "cli.compare.unranked") : Integer.toString(rank);
    }

    private static String score(Double v, Locale language) {
        return v == null ? "–" : Formats.number(language, v, 1);
    }

    private static String signed(Double v, Locale language) {
        if (v == null) {
            return "–";
        }
        String num = Formats.number(language, v, 1);
        return v > 0 && !num.equals("0") ? "+" + num : num;
    }
}
