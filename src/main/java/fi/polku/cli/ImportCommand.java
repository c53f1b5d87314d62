package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.io.survey.SurveyImportOptions;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.SurveyImporter;
import fi.polku.io.survey.SurveyMappings;
import fi.polku.io.survey.SurveyMerge;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Measurement;
import fi.polku.model.SurveyMapping;
import fi.polku.model.Stage;
import fi.polku.text.Localization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code polku import}: merges survey answers into a map as measurements and writes the result atomically. */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.import.description}", "${bundle:cli.import.details}"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.map}", descriptionKey = "cli.param.map")
    Path mapFile;

    @Parameters(index = "1", paramLabel = "${bundle:cli.label.responses}", descriptionKey = "cli.param.responses")
    Path responses;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:cli.label.out}", required = true,
            descriptionKey = "cli.import.output")
    Path out;

    @Option(names = "--skip-bad-rows", descriptionKey = "cli.import.skipBadRows")
    boolean skipBadRows;

    @Option(names = "--create-missing", paramLabel = "${bundle:cli.label.stageLane}",
            descriptionKey = "cli.import.createMissing")
    String createMissing;

    @Option(names = "--round", paramLabel = "${bundle:cli.label.name}", descriptionKey = "cli.import.round")
    String round;

    @Option(names = "--source", paramLabel = "${bundle:cli.label.text}", descriptionKey = "cli.import.source")
    String source;

    @Option(names = "--evidence", paramLabel = "${bundle:cli.label.evidence}", descriptionKey = "cli.import.evidence")
    String evidence;
    /** --evidence as a level, or null when not given. */
    private EvidenceLevel level;

    @Mixin
    SurveyFileOptions survey = new SurveyFileOptions();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        level = evidence == null ? null : evidenceLevel();
        JourneyMap map;
        try {
            map = MapFiles.load(mapFile);
        } catch (MapFileException e) {
            MapProblems.print(e, err);
            return PolkuCommand.EXIT_FAILURE;
        }
        SurveyMerge.NewTouchpoints create;
        try {
            create = newTouchpoints(map);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        SurveyImportResult result;
        SurveyImportOptions options = survey.importOptions(map, responses, err);
        try {
            result = SurveyImporter.importFile(responses, options).withMeasurements(this::tagged);
        } catch (SurveyFileException e) {
            SurveyFileOptions.printFileProblem(e, responses, mapFile, err);
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        } catch (NoSuchFileException e) {
            err.println(Localization.format("cli.survey.noSuchFile", responses));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        } catch (IOException e) {
            err.println(Localization.format("cli.survey.unreadable", responses, e.getMessage()));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        MapProblems.printRejected(result, err);
        if (result.hasRejectedRows() && !skipBadRows) {
            err.println(Localization.format("cli.import.notWritten", mapFile, result.rejectedCount()));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        for (String name : result.unmatchedNames()) {
            err.println(create == null
                    ? Localization.format("cli.import.leftOut", result.source(), name, mapFile.getFileName())
                    : Localization.format("cli.import.created", result.source(), name, mapFile.getFileName(),
                            create.stageId(), create.laneId()));
        }
        err.flush();
        JourneyMap merged = SurveyMerge.merge(map, result, create);
        // Saved under the file's header, so that the next round's export of the same survey needs no --question.
        SurveyMapping mapping = survey.mappingToSave(merged, responses, options);
        if (mapping != null) {
            merged = SurveyMappings.save(merged, mapping);
        }
        try {
            // The import changes the map, so it is stamped as modified now, like a save from the app.
            MapFiles.saveChanged(merged, out, java.time.Instant.now());
        } catch (IOException e) {
            err.println(Localization.format("cli.import.cannotWrite", out, e.getMessage()));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        long stored = result.scores().stream().filter(s -> s.matched() || create != null).count();
        long answers = result.scores().stream().filter(s -> s.matched() || create != null)
                .mapToLong(s -> s.result().n()).sum();
        stdout.println(result.hasRejectedRows()
                ? Localization.format("cli.import.doneSkipping", answers, stored, out, result.rejectedCount())
                : Localization.format("cli.import.done", answers, stored, out));
        stdout.flush();
        // Rejected rows are a failure even when the rest was written, so a script notices them.
        return result.hasRejectedRows() ? PolkuCommand.EXIT_FAILURE : 0;
    }

    /** A measurement as --round, --source and --evidence say; untouched where they are not given. */
    private Measurement tagged(Measurement m) {
        return new Measurement(m.metric(), m.value(), m.n(), m.ciLow(), m.ciHigh(), m.dateFrom(), m.date(),
                source == null || source.isBlank() ? m.source() : source.strip(),
                level == null ? m.evidence() : level, round == null ? m.round() : round.strip());
    }

    /** --evidence as a level: observed, inferred or assumed, in English or Finnish, in any case. */
    private EvidenceLevel evidenceLevel() {
        String word = evidence.strip().toLowerCase(java.util.Locale.ROOT);
        for (EvidenceLevel level : EvidenceLevel.values()) {
            if (word.equals(level.name().toLowerCase(java.util.Locale.ROOT))
                    || word.equals(Localization.text(Localization.FINNISH, "legend.evidence." + level.name()))) {
                return level;
            }
        }
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                Localization.format("cli.import.evidenceForm", evidence));
    }

    /** The stage and lane of --create-missing, checked against the map. */
    private SurveyMerge.NewTouchpoints newTouchpoints(JourneyMap map) {
        if (createMissing == null) {
            return null;
        }
        int colon = createMissing.indexOf(':');
        if (colon <= 0 || colon == createMissing.length() - 1) {
            throw new IllegalArgumentException(Localization.format("cli.import.createMissingForm"));
        }
        String stage = createMissing.substring(0, colon).strip();
        String lane = createMissing.substring(colon + 1).strip();
        if (map.stage(stage).isEmpty()) {
            throw new IllegalArgumentException(Localization.format("cli.import.noStage", mapFile, stage,
                    String.join(", ", map.stages().stream().map(ImportCommand::describe).toList())));
        }
        if (map.lane(lane).isEmpty()) {
            throw new IllegalArgumentException(Localization.format("cli.import.noLane", mapFile, lane,
                    String.join(", ", map.lanes().stream().map(ImportCommand::describe).toList())));
        }
        return new SurveyMerge.NewTouchpoints(stage, lane);
    }

    private static String describe(Stage s) {
        return s.id() + " (" + s.name() + ")";
    }

    private static String describe(Lane l) {
        return l.id() + " (" + l.name() + ")";
    }
}
