package fi.polku.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.Problem;
import fi.polku.text.Localization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code polku validate FILE...}: checks map files and prints {@code OK FILE} or one located line per problem,
 * or with {@code --json} one record per file that reads the same in every language, for scripts.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, resourceBundle = CliTexts.NAME,
        description = "${bundle:cli.validate.description}")
public final class ValidateCommand implements Callable<Integer> {
    /*
     * Made on first use, not when the class loads: picocli creates every subcommand to build the command
     * line, and an ObjectMapper made there cost every other command (export, --version) about 100 ms.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.validate.files")
    private List<Path> files;

    @Option(names = "--json", descriptionKey = "cli.validate.json")
    private boolean json;

    @Option(names = "--repair", descriptionKey = "cli.validate.repair")
    private boolean repair;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:cli.label.out}", descriptionKey = "cli.validate.output")
    private Path output;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (repair || output != null) {
            if (!repair || output == null || files.size() != 1 || json) {
                throw new ParameterException(spec.commandLine(), Localization.format("cli.validate.repairUsage"));
            }
            return new MapRepairRun(files.getFirst(), output, out, err).call();
        }
        boolean allValid = true;
        ArrayNode results = Json.MAPPER.createArrayNode();
        for (Path file : files) {
            List<Problem> problems = List.of();
            boolean mendable = false;
            try {
                MapFiles.load(file);
            } catch (MapFileException e) {
                allValid = false;
                problems = e.problems();
                mendable = e.repaired().isPresent();
            }
            if (json) {
                results.add(result(file, problems));
            } else if (problems.isEmpty()) {
                out.println(Localization.format("cli.validate.ok", file));
            } else {
                MapProblems.print(problems, err);
                if (mendable) {
                    err.println(Localization.format("cli.repairHint", file));
                }
            }
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(results));
        }
        out.flush();
        err.flush();
        return allValid ? 0 : 1;
    }

    /** One file's record; problem messages in English, since JSON never changes with the language. */
    private static ObjectNode result(Path file, List<Problem> problems) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("file", file.toString());
        o.put("valid", problems.isEmpty());
        ArrayNode list = o.putArray("problems");
        for (Problem p : problems) {
            ObjectNode problem = list.addObject();
            problem.put("file", p.file());
            problem.put("line", p.line());
            problem.put("column", p.column());
            problem.put("path", p.path());
            problem.put("code", p.message().key());
            problem.put("message", p.message().in(Localization.ENGLISH));
        }
        return o;
    }
}
