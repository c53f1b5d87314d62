package fi.polku.cli;

import fi.polku.export.ExportProblem;
import fi.polku.export.PageLayout;
import fi.polku.export.report.DeckWriter;
import fi.polku.export.report.ReportOptions;
import fi.polku.export.report.ReportWriter;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code polku report MAP -o OUT.pdf [--paper a4|a3] [--format pdf|pptx]}: writes the map's client report as
 * one PDF, or as a PowerPoint deck, in the map's language, without a display. A map that cannot be read or an output that cannot be written is one clear
 * line on stderr and exit status 1, and never leaves half a file.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false, resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.report.description}", "${bundle:cli.report.details}"})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.map}", descriptionKey = "cli.report.map")
    private Path map;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "${bundle:cli.label.out}",
            descriptionKey = "cli.report.output")
    private Path output;

    @Option(names = "--paper", paramLabel = "a4|a3", defaultValue = "a4", converter = PaperConverter.class,
            descriptionKey = "cli.report.paper")
    private PageLayout paper;

    @Option(names = "--format", arity = "1", paramLabel = "pdf|pptx", defaultValue = "pdf",
            converter = FormatConverter.class,
            descriptionKey = "cli.report.format")
    private String format;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (output.toAbsolutePath().normalize().equals(map.toAbsolutePath().normalize())) {
            err.println(Localization.format("cli.export.overwritesMap", map));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        JourneyMap loaded;
        try {
            loaded = MapFiles.load(map);
        } catch (MapFileException e) {
            MapProblems.print(e, err);
            return PolkuCommand.EXIT_FAILURE;
        }
        boolean deck = format.equals("pptx");
        Path target = Files.isDirectory(output) ? output.resolve(baseName(map) + (deck ? ".pptx" : ".pdf")) : output;
        try {
            if (deck) {
                DeckWriter.write(loaded, new ReportOptions(paper, null), target, fraction -> { });
            } else {
                ReportWriter.write(loaded, new ReportOptions(paper, null), target, fraction -> { });
            }
        } catch (ExportProblem e) {
            err.println(map + ": " + e.text().in(Localization.ui()));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        } catch (IOException e) {
            err.println(Localization.format("cli.report.cannotWrite", target, reason(e)));
            err.flush();
            return PolkuCommand.EXIT_FAILURE;
        }
        out.println(Localization.format("cli.report.done", map, target));
        out.flush();
        return 0;
    }

    private static String baseName(Path map) {
        String name = map.getFileName().toString();
        return name.replaceFirst("(?i)(\\.polku)?\\.json$", "") + Localization.text("cli.report.suffix");
    }

    private static String reason(IOException e) {
        return e instanceof NoSuchFileException ? Localization.text("cli.export.noSuchFolder")
                : e instanceof AccessDeniedException ? Localization.text("cli.export.permissionDenied")
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads --format case-insensitively: pdf, or pptx for a PowerPoint deck. */
    static final class FormatConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("pdf") || v.equals("pptx")) {
                return v;
            }
            throw new UsageErrors.Refused(Localization.format("cli.report.unknownFormat", value));
        }
    }

    /** Reads --paper case-insensitively: the map pages are A4 or A3 landscape. */
    static final class PaperConverter implements CommandLine.ITypeConverter<PageLayout> {
        @Override
        public PageLayout convert(String value) {
            for (PageLayout p : new PageLayout[] {PageLayout.A4, PageLayout.A3}) {
                if (p.name().equalsIgnoreCase(value.strip())) {
                    return p;
                }
            }
            throw new UsageErrors.Refused(Localization.format("cli.report.unknownPaper", value));
        }
    }
}
