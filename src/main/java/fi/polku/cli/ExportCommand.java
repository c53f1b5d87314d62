package fi.polku.cli;

import fi.polku.export.ExportFormat;
import fi.polku.export.ExportOptions;
import fi.polku.export.ExportScope;
import fi.polku.export.HeaderText;
import fi.polku.export.MapExporter;
import fi.polku.export.PageLayout;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.Problem;
import fi.polku.model.JourneyMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code polku export MAP... --format png|svg|pdf|csv|xlsx -o OUT}: exports maps without a display (it never
 * starts JavaFX), all in one JVM. A problem is one located line on stderr and exit status 1, and a failed
 * export never leaves half a file.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export maps as pictures (png), vector documents (svg, pdf) or tables (csv, xlsx).",
                "OUT is a file for one MAP and a folder for several (files are named after the maps).",
                "Exit status 0 when every map was exported, 1 when any failed, 2 on a usage error."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MAP", description = "Map files (*.polku.json) to export.")
    private List<Path> maps;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "png, svg, pdf, csv or xlsx.")
    private ExportFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Output file (one MAP) or folder (several MAPs).")
    private Path output;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per map pixel, 1–4 (default ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution, 72–600; with --page a4|a3 the image is sized for that sheet.")
    private Integer dpi;

    @Option(names = "--page", paramLabel = "fit|a4|a3", defaultValue = "fit", converter = PageConverter.class,
            description = "PDF pages: one page sized to the map (fit, default) or landscape A4/A3 sheets, tiled as a poster when the map is larger.")
    private PageLayout page;

    @Option(names = "--stages", paramLabel = "A..B",
            description = "Only the stages from A to B (names, ids or numbers from 1), e.g. --stages 2..4 or --stages \"Ennen ostoa..Osto\".")
    private String stages;

    @Option(names = "--hide-lane", paramLabel = "NAME", description = "Leave out a lane (name or id); repeatable.")
    private List<String> hiddenLanes = new ArrayList<>();

    @Option(names = "--no-header", description = "Leave out the title, persona and date above the map.")
    private boolean noHeader;

    @Option(names = "--no-legend", description = "Leave out the key of colours, shapes and marks.")
    private boolean noLegend;

    @Option(names = "--transparent", description = "PNG and SVG without a background colour.")
    private boolean transparent;

    /** Runs the command on its own, for scripts that call the class directly. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExportCommand()).execute(args));
    }

    @Override
    public Integer call() {
        // Before any AWT class loads: PNG rendering then never looks for a display.
        System.setProperty("java.awt.headless", "true");
        // POI logs through Log4j, which otherwise prints an "ERROR ... no logging provider" line to the user.
        if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            new ExportOptions(null, null, null, true, page, scale, dpi, transparent);
        } catch (IllegalArgumentException e) {
            err.println("polku export: " + e.getMessage());
            err.flush();
            return 2;
        }
        boolean several = maps.size() > 1;
        if (several || Files.isDirectory(output)) {
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                err.println(output + ": cannot create the output folder: " + reason(e));
                err.flush();
                return 1;
            }
        }
        boolean allDone = true;
        Set<Path> written = new LinkedHashSet<>();
        for (Path map : maps) {
            Path target = several || Files.isDirectory(output) ? output.resolve(baseName(map) + "." + format.extension())
                    : output;
            if (target.toAbsolutePath().normalize().equals(map.toAbsolutePath().normalize())) {
                err.println(map + ": the export would overwrite the map itself; choose another -o");
                allDone = false;
                continue;
            }
            if (!written.add(target.toAbsolutePath().normalize())) {
                err.println(map + ": another map already exported to " + target + "; rename one of the maps");
                allDone = false;
                continue;
            }
            allDone &= exportOne(map, target, out, err);
        }
        out.flush();
        err.flush();
        return allDone ? 0 : 1;
    }

    private boolean exportOne(Path file, Path target, PrintWriter out, PrintWriter err) {
        JourneyMap map;
        try {
            map = MapFiles.load(file);
        } catch (MapFileException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            return false;
        }
        try {
            ExportOptions options = options(map);
            MapExporter.export(map, format, options, target);
            out.println("Exported " + file + " to " + target);
            return true;
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
        } catch (IOException e) {
            err.println(target + ": cannot write the export: " + reason(e));
        }
        return false;
    }

    private ExportOptions options(JourneyMap map) {
        ExportScope scope = stages == null ? ExportScope.WHOLE_MAP : MapSelectors.stageRange(map, stages);
        Set<String> lanes = new LinkedHashSet<>();
        for (String lane : hiddenLanes) {
            lanes.add(MapSelectors.laneId(map, lane));
        }
        return new ExportOptions(scope, lanes, noHeader ? null : HeaderText.of(map), !noLegend, page, scale, dpi,
                transparent);
    }

    private static String baseName(Path map) {
        String name = map.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".polku.json", ".json")) {
            if (lower.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : message == null ? e.getClass().getSimpleName() : message;
    }

    /** Reads --format case-insensitively with a message listing the choices. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat f : ExportFormat.values()) {
                if (f.extension().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use png, svg, pdf, csv or xlsx");
        }
    }

    /** Reads --page case-insensitively. */
    static final class PageConverter implements CommandLine.ITypeConverter<PageLayout> {
        @Override
        public PageLayout convert(String value) {
            for (PageLayout p : PageLayout.values()) {
                if (p.name().equalsIgnoreCase(value)) {
                    return p;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a page layout; use fit, a4 or a3");
        }
    }
}
