package fi.polku.cli;

import fi.polku.export.ExportFormat;
import fi.polku.export.ExportOptions;
import fi.polku.export.ExportProgress;
import fi.polku.export.ExportTable;
import fi.polku.export.ExportScope;
import fi.polku.export.HeaderText;
import fi.polku.export.MapExporter;
import fi.polku.export.PageLayout;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.export.ChartExporter;
import fi.polku.model.JourneyMap;
import fi.polku.render.chart.Chart;
import fi.polku.render.chart.ChartView;
import fi.polku.render.svg.SvgText;
import fi.polku.text.Localization;
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
 * {@code polku export MAP... --format png|svg|pdf|csv|xlsx [--view map|matrix|...] [--svg-text font|paths]
 * [--table NAME] [-o OUT]}: exports maps, or one analysis chart of each map, without a display (it never
 * starts JavaFX), all in one JVM. A problem is one located line on stderr and exit status 1, and a failed
 * export never leaves half a file.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, resourceBundle = CliTexts.NAME,
        description = {"${bundle:cli.export.description}", "${bundle:cli.export.details}"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "${bundle:cli.label.map}", descriptionKey = "cli.export.maps")
    private List<Path> maps;

    @Option(names = "--format", required = true, paramLabel = "${bundle:cli.label.format}",
            converter = FormatConverter.class, descriptionKey = "cli.export.format")
    private ExportFormat format;

    @Option(names = "--view", paramLabel = "${bundle:cli.label.view}", defaultValue = "map",
            converter = ViewConverter.class, descriptionKey = "cli.export.view")
    private String view;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:cli.label.out}",
            descriptionKey = "cli.export.output")
    private Path output;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            descriptionKey = "cli.export.scale")
    private double scale;

    @Option(names = "--dpi", paramLabel = "N", descriptionKey = "cli.export.dpi")
    private Integer dpi;

    @Option(names = "--page", paramLabel = "fit|a4|a3", defaultValue = "fit", converter = PageConverter.class,
            descriptionKey = "cli.export.page")
    private PageLayout page;

    @Option(names = {"--tiles", "--poster"}, descriptionKey = "cli.export.tiles")
    private boolean tiles;

    @Option(names = "--stages", paramLabel = "A..B", descriptionKey = "cli.export.stages")
    private String stages;

    @Option(names = "--hide-lane", paramLabel = "${bundle:cli.label.name}", descriptionKey = "cli.export.hideLane")
    private List<String> hiddenLanes = new ArrayList<>();

    @Option(names = "--persona", paramLabel = "${bundle:cli.label.name}", descriptionKey = "cli.export.persona")
    private String persona;

    @Option(names = "--no-header", descriptionKey = "cli.export.noHeader")
    private boolean noHeader;

    @Option(names = "--no-legend", descriptionKey = "cli.export.noLegend")
    private boolean noLegend;

    @Option(names = "--brand", descriptionKey = "cli.export.brand")
    private boolean brand;

    @Option(names = "--transparent", descriptionKey = "cli.export.transparent")
    private boolean transparent;

    @Option(names = "--svg-text", paramLabel = "font|paths", defaultValue = "font",
            converter = SvgTextConverter.class, descriptionKey = "cli.export.svgText")
    private SvgText svgText;

    @Option(names = "--table", paramLabel = "touchpoints|measurements|opportunities|analysis",
            defaultValue = "touchpoints", converter = TableConverter.class, descriptionKey = "cli.export.table")
    private ExportTable table;

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
            err.println(Localization.format("cli.export.badOptions", e.getMessage()));
            err.flush();
            return 2;
        }
        ChartView chart = chartView();
        if (chart != null && format.table()) {
            err.println(Localization.format("cli.export.viewNeedsPicture", view));
            err.flush();
            return 2;
        }
        boolean several = maps.size() > 1;
        if (output != null && (several || Files.isDirectory(output))) {
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                err.println(Localization.format("cli.export.cannotCreateFolder", output, reason(e)));
                err.flush();
                return 1;
            }
        }
        boolean allDone = true;
        Set<Path> written = new LinkedHashSet<>();
        for (Path map : maps) {
            String name = baseName(map) + (chart == null ? "" : "-" + chart.id()) + "." + format.extension();
            Path target = output == null ? map.resolveSibling(name)
                    : several || Files.isDirectory(output) ? output.resolve(name) : output;
            if (target.toAbsolutePath().normalize().equals(map.toAbsolutePath().normalize())) {
                err.println(Localization.format("cli.export.overwritesMap", map));
                allDone = false;
                continue;
            }
            if (!written.add(target.toAbsolutePath().normalize())) {
                err.println(Localization.format("cli.export.sameTarget", map, target));
                allDone = false;
                continue;
            }
            allDone &= exportOne(map, chart, target, out, err);
        }
        out.flush();
        err.flush();
        return allDone ? 0 : 1;
    }

    /** The chart --view names, or null for the map itself. */
    private ChartView chartView() {
        return "map".equals(view) ? null : ChartView.valueOf(view.toUpperCase(Locale.ROOT));
    }

    private boolean exportOne(Path file, ChartView chart, Path target, PrintWriter out, PrintWriter err) {
        JourneyMap map;
        try {
            map = MapFiles.load(file);
        } catch (MapFileException e) {
            MapProblems.print(e.problems(), err);
            return false;
        }
        if (persona != null) {
            var chosen = fi.polku.model.PersonaJourney.find(map, persona);
            if (chosen.isEmpty()) {
                err.println(noPersona(file, map));
                return false;
            }
            map = fi.polku.model.PersonaJourney.of(map, chosen.get());
        }
        try {
            if (chart == null) {
                MapExporter.export(map, format, options(map), table, target, ExportProgress.NONE);
            } else {
                Locale language = Localization.ofTag(map.language());
                Chart picture = chart.picture(map, language);
                ChartExporter.write(picture, format, target, picture.title(), language);
            }
            out.println(Localization.format("cli.export.done", file, target));
            return true;
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
        } catch (IOException e) {
            err.println(Localization.format("cli.export.cannotWrite", target, reason(e)));
        }
        return false;
    }

    /** Names the personas the map has, so that the next try can use one of them. */
    private String noPersona(Path file, JourneyMap map) {
        if (map.personas().isEmpty()) {
            return Localization.format("cli.export.noPersonas", file, persona);
        }
        String names = map.personas().stream().map(p -> "\"" + p.name() + "\" (" + p.id() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        return Localization.format("cli.export.noPersona", file, persona, names);
    }

    private ExportOptions options(JourneyMap map) {
        ExportScope scope = stages == null ? ExportScope.WHOLE_MAP : MapSelectors.stageRange(map, stages);
        Set<String> lanes = new LinkedHashSet<>();
        for (String lane : hiddenLanes) {
            lanes.add(MapSelectors.laneId(map, lane));
        }
        return new ExportOptions(scope, lanes, noHeader ? null : HeaderText.of(map), !noLegend, page, scale, dpi,
                transparent, svgText, tiles, brand);
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
        return e instanceof java.nio.file.NoSuchFileException ? Localization.format("cli.export.noSuchFolder")
                : e instanceof java.nio.file.AccessDeniedException ? Localization.format("cli.export.permissionDenied")
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
            throw new UsageErrors.Refused(Localization.format("cli.export.unknownFormat", value));
        }
    }

    /** Reads --view case-insensitively: map, or one of the charts; anything else lists the choices. */
    static final class ViewConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            List<String> choices = new ArrayList<>(List.of("map"));
            for (ChartView v : ChartView.values()) {
                choices.add(v.id());
            }
            String lower = value.toLowerCase(Locale.ROOT);
            if (choices.contains(lower)) {
                return lower;
            }
            throw new UsageErrors.Refused(Localization.format("cli.export.unknownView", value, String.join(", ", choices)));
        }
    }

    /** Reads --table case-insensitively. */
    static final class TableConverter implements CommandLine.ITypeConverter<ExportTable> {
        @Override
        public ExportTable convert(String value) {
            for (ExportTable t : ExportTable.values()) {
                if (t.word().equalsIgnoreCase(value)) {
                    return t;
                }
            }
            throw new UsageErrors.Refused(Localization.format("cli.export.unknownTable", value));
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
            throw new UsageErrors.Refused(Localization.format("cli.export.unknownPage", value));
        }
    }

    /** Reads --svg-text case-insensitively. */
    static final class SvgTextConverter implements CommandLine.ITypeConverter<SvgText> {
        @Override
        public SvgText convert(String value) {
            for (SvgText t : SvgText.values()) {
                if (t.name().equalsIgnoreCase(value)) {
                    return t;
                }
            }
            throw new UsageErrors.Refused(Localization.format("cli.export.unknownSvgText", value));
        }
    }
}
