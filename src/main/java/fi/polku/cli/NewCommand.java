package fi.polku.cli;

import fi.polku.io.MapFiles;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.io.sheet.SheetProblem;
import fi.polku.io.sheet.SheetReading;
import fi.polku.io.sheet.TouchpointField;
import fi.polku.io.sheet.TouchpointSheet;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code polku new --from SHEET -o MAP}: starts a map from a spreadsheet of touchpoints and writes it
 * atomically; while any row has an error, every error is listed with its place and nothing is written.
 */
@Command(name = "new", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.new.description}", "${bundle:cli.new.details}"})
public final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.new.from")
    Path from;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "${bundle:cli.label.map}",
            descriptionKey = "cli.new.output")
    Path output;

    @Option(names = "--column", paramLabel = "${bundle:cli.label.column}", descriptionKey = "cli.new.column")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--sheet", paramLabel = "${bundle:cli.label.name}", descriptionKey = "cli.survey.sheet")
    String sheet;

    @Option(names = "--title", paramLabel = "${bundle:cli.label.text}", descriptionKey = "cli.new.title")
    String title;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Locale language = Localization.ui();
        SheetReading reading;
        try {
            reading = TouchpointSheet.read(from, new TouchpointSheet.Options(sheet, fields(), title, language, 0));
        } catch (SurveyFileException e) {
            return failed(err, e.problem().in(language));
        } catch (NoSuchFileException e) {
            return failed(err, Localization.format("cli.survey.noSuchFile", from));
        } catch (IOException e) {
            return failed(err, Localization.format("cli.survey.unreadable", from, e.getMessage()));
        }
        if (reading.map().isEmpty()) {
            for (SheetProblem problem : reading.problems()) {
                err.println(problem.in(language));
            }
            int unlisted = reading.problemCount() - reading.problems().size();
            if (unlisted > 0) {
                err.println(Localization.format("cli.new.moreProblems", reading.file(), unlisted));
            }
            return failed(err, Localization.format("cli.new.notWritten", output, reading.problemCount(),
                    reading.file()));
        }
        JourneyMap map = reading.map().get();
        try {
            MapFiles.save(map, output);
        } catch (IOException e) {
            return failed(err, Localization.format("cli.import.cannotWrite", output, e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Localization.format("cli.new.wrote", output, map.touchpoints().size(), map.stages().size(),
                map.lanes().size()));
        out.flush();
        return 0;
    }

    /** The --column choices by field; a field that is none of them is a usage error. */
    private Map<TouchpointField, String> fields() {
        Map<TouchpointField, String> fields = new EnumMap<>(TouchpointField.class);
        for (Map.Entry<String, String> e : columns.entrySet()) {
            TouchpointField field = TouchpointField.named(e.getKey()).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), Localization.format("cli.new.unknownField", e.getKey())));
            fields.put(field, e.getValue() == null ? "" : e.getValue());
        }
        return fields;
    }

    private static int failed(PrintWriter err, String line) {
        err.println(line);
        err.flush();
        return PolkuCommand.EXIT_FAILURE;
    }
}
