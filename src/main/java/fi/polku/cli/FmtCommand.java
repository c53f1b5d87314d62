package fi.polku.cli;

import fi.polku.io.MapCodec;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.Problem;
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
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = "Rewrite map files in canonical form (key order, indentation, current schema version). "
                + "Exit status 0 when all files are canonical afterwards, 1 when any cannot be read or "
                + "(with --check) is not canonical, 2 on a usage error.")
public final class FmtCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--check", description = "Only report files that are not canonical; change nothing.")
    private boolean check;

    @Option(names = "--backup", description = "Keep each rewritten file's previous content as FILE.bak.")
    private boolean backup;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Map files (*.polku.json) to format.")
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
                    out.println("unchanged " + file);
                } else if (check) {
                    allOk = false;
                    err.println(file + ": not in canonical form; run polku fmt " + file);
                } else {
                    MapFiles.write(map, file, backup);
                    out.println("formatted " + file);
                }
            } catch (MapFileException e) {
                allOk = false;
                e.problems().stream().map(Problem::toString).forEach(err::println);
            } catch (IOException e) {
                allOk = false;
                err.println(file + ": cannot write the file: " + e.getMessage());
            }
        }
        out.flush();
        err.flush();
        return allOk ? 0 : 1;
    }
}
