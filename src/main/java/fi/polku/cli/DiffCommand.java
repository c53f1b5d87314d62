package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.diff.MapDiff;
import fi.polku.text.Localization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code polku diff A B}: what changed from one map to another, matched by id. Exits 0 whether or not they
 * differ (1 means a file could not be read), so that a script tells "different" from "failed" by the output.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.diff.description}", "${bundle:cli.diff.details}"})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.before}", descriptionKey = "cli.diff.before")
    Path before;

    @Parameters(index = "1", paramLabel = "${bundle:cli.label.after}", descriptionKey = "cli.diff.after")
    Path after;

    @Option(names = "--json", descriptionKey = "cli.diff.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JourneyMap older;
        JourneyMap newer;
        try {
            older = MapFiles.load(before);
            newer = MapFiles.load(after);
        } catch (MapFileException e) {
            MapProblems.print(e, err);
            return PolkuCommand.EXIT_FAILURE;
        }
        MapDiff diff = MapDiff.between(older, newer);
        if (json) {
            out.println(DiffJson.of(diff, before.toString(), after.toString()));
        } else {
            out.print(DiffText.of(diff, older, newer, before.toString(), after.toString(), Localization.ui()));
        }
        out.flush();
        return 0;
    }
}
