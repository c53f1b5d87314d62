package fi.polku.cli;

import fi.polku.io.MapCodec;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.text.Localization;
import fi.polku.model.JourneyMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code polku fmt FILE...}: rewrites map files in canonical form (migrating older versions), the way
 * saving does. Files already canonical are not touched. No {@code .bak} is kept unless asked, because
 * map files usually live in git and the content does not change, only its layout.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = "${bundle:cli.fmt.description}")
public final class FmtCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--check", descriptionKey = "cli.fmt.check")
    private boolean check;

    @Option(names = "--backup", descriptionKey = "cli.fmt.backup")
    private boolean backup;

    @Parameters(arity = "1..*", paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.fmt.files")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allOk = true;
        for (Path file : files) {
            try {
                JourneyMap map = MapFiles.load(file);
                byte[] canonical = MapCodec.write(map);
                if (Arrays.equals(canonical, Files.readAllBytes(file))) {
                    out.println(Localization.format("cli.fmt.unchanged", file));
                } else if (check) {
                    allOk = false;
                    err.println(Localization.format("cli.fmt.notCanonical", file));
                } else {
                    MapFiles.write(map, file, backup);
                    out.println(Localization.format("cli.fmt.formatted", file));
                }
            } catch (MapFileException e) {
                allOk = false;
                MapProblems.print(e.problems(), err);
            } catch (IOException e) {
                allOk = false;
                err.println(Localization.format("cli.fmt.cannotWrite", file, e.getMessage()));
            }
        }
        out.flush();
        err.flush();
        return allOk ? 0 : 1;
    }
}
