package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapValidator;
import fi.polku.model.diff.MapMerge;
import fi.polku.model.diff.MergeConflict;
import fi.polku.model.diff.MergeResult;
import fi.polku.model.diff.MergeSide;
import fi.polku.text.Localization;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code polku merge BASE OURS THEIRS -o OUT}: a three-way merge by id, usable as git's merge driver. A clean
 * merge is written (atomically, in canonical form) and exits 0; conflicts are listed and nothing is written
 * (exit 1) unless {@code --ours} or {@code --theirs} decides them.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.merge.description}", "${bundle:cli.merge.details}"})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.base}", descriptionKey = "cli.merge.base")
    Path base;

    @Parameters(index = "1", paramLabel = "${bundle:cli.label.ours}", descriptionKey = "cli.merge.ours")
    Path ours;

    @Parameters(index = "2", paramLabel = "${bundle:cli.label.theirs}", descriptionKey = "cli.merge.theirs")
    Path theirs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "${bundle:cli.label.out}",
            descriptionKey = "cli.merge.output")
    Path output;

    @Option(names = "--name", paramLabel = "${bundle:cli.label.name}", descriptionKey = "cli.merge.name")
    String name;

    @ArgGroup(exclusive = true)
    Decision decision;

    /** At most one of --ours and --theirs. */
    static final class Decision {
        @Option(names = "--ours", descriptionKey = "cli.merge.takeOurs")
        boolean ours;

        @Option(names = "--theirs", descriptionKey = "cli.merge.takeTheirs")
        boolean theirs;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale language = Localization.ui();
        JourneyMap baseMap;
        JourneyMap ourMap;
        JourneyMap theirMap;
        try {
            baseMap = MapFiles.load(base);
            ourMap = MapFiles.load(ours);
            theirMap = MapFiles.load(theirs);
        } catch (MapFileException e) {
            MapProblems.print(e, err);
            return PolkuCommand.EXIT_FAILURE;
        }
        boolean decided = decision != null;
        MergeSide side = decided && decision.theirs ? MergeSide.THEIRS : MergeSide.OURS;
        MergeResult result = MapMerge.merge(baseMap, ourMap, theirMap, side);
        String file = name != null ? name : ours.toString();
        ChangeText words = new ChangeText(language);
        for (MergeConflict c : result.conflicts()) {
            err.println(Localization.format(language, "cli.merge.conflictAt", file, words.conflict(c, result.map())));
        }
        for (MapValidator.Violation v : result.problems()) {
            err.println(Localization.format(language, "cli.merge.problemAt", file, v.message().in(language),
                    v.path()));
        }
        if (!result.problems().isEmpty() || !result.conflicts().isEmpty() && !decided) {
            err.println(Localization.format(language, result.problems().isEmpty() ? "cli.merge.notWritten"
                    : "cli.merge.invalid", file, result.conflicts().size(), result.problems().size(), output));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        try {
            MapFiles.write(result.map(), output, false);
        } catch (IOException e) {
            err.println(Localization.format(language, "cli.merge.cannotWrite", output, e.getMessage()));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        out.println(result.conflicts().isEmpty() ? Localization.format(language, "cli.merge.merged", output)
                : Localization.format(language, side == MergeSide.OURS ? "cli.merge.decidedOurs"
                : "cli.merge.decidedTheirs", output, result.conflicts().size()));
        out.flush();
        err.flush();
        return 0;
    }
}
