package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.Problem;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.SurveyImporter;
import fi.polku.io.survey.SurveyMerge;
import fi.polku.edit.UndoText;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
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
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Scores a survey file (one answer per row: touchpoint, metric, value, optional date) and "
                + "stores the scores in a map as measurements. Scores from an earlier import of the same file "
                + "are replaced.",
                "Rejected rows are listed as FILE:LINE:COLUMN: reason. When any row is rejected nothing is "
                        + "written, unless --skip-bad-rows.",
                "Exit status: 0 written, 1 rows rejected (and nothing written) or a file unreadable, "
                        + "2 wrong usage."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "the map file (*.polku.json)")
    Path mapFile;

    @Parameters(index = "1", paramLabel = "RESPONSES", description = "survey answers, .csv or .xlsx")
    Path responses;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "where to write the map with the measurements (may be MAP itself)")
    Path out;

    @Option(names = "--skip-bad-rows",
            description = "write the map from the good rows even when some rows were rejected "
                    + "(the exit status is still 1)")
    boolean skipBadRows;

    @Option(names = "--create-missing", paramLabel = "STAGE_ID:LANE_ID",
            description = "create touchpoints for names the map does not have, in this stage and lane "
                    + "(default: their answers are left out)")
    String createMissing;

    @Mixin
    SurveyFileOptions survey = new SurveyFileOptions();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
        try {
            result = SurveyImporter.importFile(responses, survey.importOptions().withMap(map));
        } catch (SurveyFileException e) {
            err.println(e.getMessage());
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        } catch (NoSuchFileException e) {
            err.println(responses + ": no such file");
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        } catch (IOException e) {
            err.println(responses + ": cannot be read: " + e.getMessage());
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        reportRejected(result, err);
        if (result.hasRejectedRows() && !skipBadRows) {
            err.println(mapFile + ": not written: " + UndoText.count(result.rejectedCount(), "row was", "rows were")
                    + " rejected (fix them, or use --skip-bad-rows to import the rest)");
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        for (String name : result.unmatchedNames()) {
            err.println(result.source() + ": no touchpoint \"" + name + "\" in " + mapFile.getFileName()
                    + (create == null ? "; its answers were left out (see --create-missing)"
                    : "; created it in stage " + create.stageId() + ", lane " + create.laneId()));
        }
        err.flush();
        JourneyMap merged = SurveyMerge.merge(map, result, create);
        try {
            MapFiles.save(merged, out);
        } catch (IOException e) {
            err.println(out + ": cannot be written: " + e.getMessage());
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        long stored = result.scores().stream().filter(s -> s.matched() || create != null).count();
        long answers = result.scores().stream().filter(s -> s.matched() || create != null)
                .mapToLong(s -> s.result().n()).sum();
        stdout.println("Imported " + UndoText.count(answers, "answer", "answers") + " as "
                + UndoText.count(stored, "measurement", "measurements")
                + (result.hasRejectedRows() ? " (skipped " + UndoText.count(result.rejectedCount(), "bad row", "bad rows")
                + ")" : "") + " into " + out);
        stdout.flush();
        // Rejected rows are a failure even when the rest was written, so a script notices them.
        return result.hasRejectedRows() ? PolkuCommand.EXIT_FAILURE : 0;
    }

    /** The stage and lane of --create-missing, checked against the map. */
    private SurveyMerge.NewTouchpoints newTouchpoints(JourneyMap map) {
        if (createMissing == null) {
            return null;
        }
        int colon = createMissing.indexOf(':');
        if (colon <= 0 || colon == createMissing.length() - 1) {
            throw new IllegalArgumentException("--create-missing: write STAGE_ID:LANE_ID, e.g. s1:l2");
        }
        String stage = createMissing.substring(0, colon).strip();
        String lane = createMissing.substring(colon + 1).strip();
        if (map.stage(stage).isEmpty()) {
            throw new IllegalArgumentException(mapFile + ": no stage \"" + stage + "\"; the stages are "
                    + String.join(", ", map.stages().stream().map(ImportCommand::describe).toList()));
        }
        if (map.lane(lane).isEmpty()) {
            throw new IllegalArgumentException(mapFile + ": no lane \"" + lane + "\"; the lanes are "
                    + String.join(", ", map.lanes().stream().map(ImportCommand::describe).toList()));
        }
        return new SurveyMerge.NewTouchpoints(stage, lane);
    }

    private static String describe(Stage s) {
        return s.id() + " (" + s.name() + ")";
    }

    private static String describe(Lane l) {
        return l.id() + " (" + l.name() + ")";
    }

    private static void reportRejected(SurveyImportResult result, PrintWriter err) {
        for (Problem p : result.rejected()) {
            err.println(p);
        }
        long unreported = result.rejectedCount() - result.rejected().size();
        if (unreported > 0) {
            err.println(result.source() + ": " + unreported + " more rows rejected");
        }
    }
}
