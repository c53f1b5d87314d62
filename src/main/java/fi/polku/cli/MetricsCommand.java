package fi.polku.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.survey.ImportedScore;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.io.survey.SurveyImportOptions;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.SurveyImporter;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.YesNoShare;
import fi.polku.text.Localization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code polku metrics}: scores every touchpoint and metric of a survey file (CSV or XLSX). */
@Command(name = "metrics", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.metrics.description}", "${bundle:cli.metrics.details}"})
public final class MetricsCommand implements Callable<Integer> {
    /** Extras that are counts of answers, written as whole numbers. */
    private static final Set<String> COUNTS = Set.of("promoters", "passives", "detractors", "resolved",
            YesNoShare.YES);
    private static final List<String> EXTRAS = List.of("promoters", "passives", "detractors", "mean",
            "agreePct", "resolved", YesNoShare.YES);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.responses}", descriptionKey = "cli.param.responses")
    Path file;

    @Option(names = "--json", descriptionKey = "cli.metrics.json")
    boolean json;

    @Option(names = "--map", paramLabel = "${bundle:cli.label.map}", descriptionKey = "cli.metrics.map")
    Path map;

    @Mixin
    SurveyFileOptions survey = new SurveyFileOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SurveyImportOptions options = survey.importOptions();
        if (map != null) {
            try {
                // With no --question, the mapping the map saved for this file's header is used.
                options = survey.importOptions(MapFiles.load(map), file, err);
            } catch (MapFileException e) {
                MapProblems.print(e, err);
                return 1;
            }
        }
        SurveyImportResult result;
        try {
            result = SurveyImporter.importFile(file, options);
        } catch (SurveyFileException e) {
            SurveyFileOptions.printFileProblem(e, file, map, err);
            err.flush();
            return 1;
        } catch (NoSuchFileException e) {
            err.println(Localization.format("cli.survey.noSuchFile", file));
            return 1;
        } catch (IOException e) {
            err.println(Localization.format("cli.survey.unreadable", file, e.getMessage()));
            return 1;
        }
        if (json) {
            out.println(toJson(result.scores()));
        } else {
            out.print(new ScoreTable(result.scores()).render());
        }
        out.flush();
        MapProblems.printRejected(result, err);
        err.flush();
        return result.hasRejectedRows() ? 1 : 0;
    }

    static String toJson(List<ImportedScore> scores) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (ImportedScore s : scores) {
            MetricResult r = s.result();
            ObjectNode o = array.addObject();
            o.put("touchpoint", s.touchpointName());
            o.put("metric", r.metric());
            o.put("n", r.n());
            o.put("value", r.value());
            o.put("ciLow", r.ciLow());
            o.put("ciHigh", r.ciHigh());
            o.put("smallSample", r.smallSample());
            for (String key : EXTRAS) {
                Double v = r.extras().get(key);
                if (v != null && COUNTS.contains(key)) {
                    o.put(key, v.longValue());
                } else if (v != null) {
                    o.put(key, v);
                }
            }
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Serialising a tree of strings and numbers cannot fail; if it does, it is a bug.
            throw new IllegalStateException(e);
        }
    }
}
