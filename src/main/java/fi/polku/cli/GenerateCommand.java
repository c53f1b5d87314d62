package fi.polku.cli;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.text.Localization;
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
@Command(name = "generate", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = "${bundle:cli.generate.description}")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--touchpoints", required = true, paramLabel = "N", descriptionKey = "cli.generate.touchpoints")
    private int touchpoints;

    @Option(names = "--stages", paramLabel = "S", descriptionKey = "cli.generate.stages")
    private int stages = 8;

    @Option(names = "--lanes", paramLabel = "L", descriptionKey = "cli.generate.lanes")
    private int lanes = 10;

    @Option(names = "--seed", paramLabel = "X", descriptionKey = "cli.generate.seed")
    private long seed = 1;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "${bundle:cli.label.file}",
            descriptionKey = "cli.generate.output")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (touchpoints < 0 || stages < 1 || lanes < 1) {
            throw new ParameterException(spec.commandLine(), Localization.format("cli.generate.sizes"));
        }
        JourneyMap map = MapGenerator.generate(touchpoints, stages, lanes, seed);
        MapFiles.write(map, output, false);
        spec.commandLine().getOut().println(Localization.format("cli.generate.wrote", output,
                map.touchpoints().size(), map.stages().size(), map.lanes().size()));
        return 0;
    }
}
