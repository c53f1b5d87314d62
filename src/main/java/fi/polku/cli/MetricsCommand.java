package fi.polku.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.Problem;
import fi.polku.io.survey.ColumnMapping;
import fi.polku.io.survey.ImportedScore;
import fi.polku.io.survey.SurveyField;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.io.survey.SurveyImportOptions;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.SurveyImporter;
import fi.polku.metrics.MetricResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code polku metrics}: scores every touchpoint and metric of a survey file (CSV or XLSX). */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Computes NPS, CSAT, CES, FCR, emotion and custom scores per touchpoint from a survey "
                + "file with one answer per row (columns touchpoint, metric, value, optional date).",
                "Exit status: 0 all rows used, 1 some rows rejected or the file unreadable, 2 wrong usage."})
public final class MetricsCommand implements Callable<Integer> {
    /** Extras that are counts of answers, written as whole numbers. */
    private static final Set<String> COUNTS = Set.of("promoters", "passives", "detractors", "resolved");
    private static final List<String> EXTRAS = List.of("promoters", "passives", "detractors", "mean",
            "agreePct", "resolved");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESPONSES", description = "survey answers, .csv or .xlsx")
    Path file;

    @Option(names = "--json", description = "print a JSON array instead of a table (numbers unrounded)")
    boolean json;

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the first)")
    String sheet;

    @Option(names = "--column", paramLabel = "FIELD=HEADER",
            description = "read a field from a differently named column, e.g. --column value=Suosittelisitko. "
                    + "Fields: touchpoint, metric, value, date, respondent, channel")
    Map<String, String> columns = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ColumnMapping mapping = ColumnMapping.defaults();
        for (Map.Entry<String, String> e : columns.entrySet()) {
            mapping = mapping.with(field(e.getKey()), e.getValue());
        }
        SurveyImportResult result;
        try {
            result = SurveyImporter.importFile(file,
                    SurveyImportOptions.defaults().withColumns(mapping).withSheet(sheet));
        } catch (SurveyFileException e) {
            err.println(e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println(file + ": cannot be read: " + e.getMessage());
            return 1;
        }
        if (json) {
            out.println(toJson(result.scores()));
        } else {
            out.print(new ScoreTable(result.scores()).render());
        }
        out.flush();
        for (Problem p : result.rejected()) {
            err.println(p);
        }
        long unreported = result.rejectedCount() - result.rejected().size();
        if (unreported > 0) {
            err.println(result.source() + ": " + unreported + " more rows rejected");
        }
        err.flush();
        return result.hasRejectedRows() ? 1 : 0;
    }

    private SurveyField field(String name) {
        for (SurveyField f : SurveyField.values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new ParameterException(spec.commandLine(), "--column: unknown field \"" + name
                + "\"; use touchpoint, metric, value, date, respondent or channel");
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
