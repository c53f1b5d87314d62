package fi.polku.cli;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code polku validate FILE...}: checks map files and prints {@code OK FILE} or one located line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check map files. Prints OK FILE for a valid file and FILE:LINE:COLUMN: problem for each "
                + "problem. Exit status 0 when all files are valid, 1 when any is not, 2 on a usage error.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Map files (*.polku.json) to check.")
    private List<Path> files;

    @Override
    public Integer call() {
        boolean allValid = true;
        for (Path file : files) {
            try {
                MapFiles.load(file);
                spec.commandLine().getOut().println("OK " + file);
            } catch (MapFileException e) {
                allValid = false;
                for (Problem p : e.problems()) {
                    spec.commandLine().getErr().println(p);
                }
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return allValid ? 0 : 1;
    }
}
