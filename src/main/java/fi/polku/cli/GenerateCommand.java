package fi.polku.cli;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code polku generate}: writes a deterministic, realistic map of any size, for demos, stress tests and
 * benchmarks (S = 200, L = 2,000, XL = 20,000 touchpoints).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic generated map: Finnish titles, measurements, targets, importance, "
                + "emotion and opportunities. The same options always give the same file.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--touchpoints", required = true, paramLabel = "N", description = "Number of touchpoints.")
    private int touchpoints;

    @Option(names = "--stages", paramLabel = "S", description = "Number of stages (default: ${DEFAULT-VALUE}).")
    private int stages = 8;

    @Option(names = "--lanes", paramLabel = "L", description = "Number of lanes (default: ${DEFAULT-VALUE}).")
    private int lanes = 10;

    @Option(names = "--seed", paramLabel = "X", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The map file to write.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (touchpoints < 0 || stages < 1 || lanes < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--touchpoints must be 0 or more, --stages and --lanes 1 or more");
        }
        JourneyMap map = MapGenerator.generate(touchpoints, stages, lanes, seed);
        MapFiles.write(map, output, false);
        spec.commandLine().getOut().printf("wrote %s: %,d touchpoints, %d stages, %d lanes%n", output,
                map.touchpoints().size(), map.stages().size(), map.lanes().size());
        return 0;
    }
}
