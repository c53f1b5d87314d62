package fi.polku.io.template;

import fi.polku.io.MapCodec;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.io.Problem;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import fi.polku.text.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The templates a new map can start from: the built-in ones shipped under {@code /assets/templates} in
 * both languages ({@code ID.LANG.polku.json}), and the user's own in a folder of plain map files.
 */
public final class TemplateLibrary {
    public static final String EXTENSION = ".polku.json";
    /** The built-in templates in gallery order: the general ones first, the seeds' own cases after. */
    public static final List<String> BUILT_IN = List.of("retail-purchase", "car-dealership", "bank-insurance",
            "e-commerce-order", "restaurant-visit", "permit-application", "store-bus");
    private static final String FOLDER = "/assets/templates/";
    /** Characters no file name on Windows, macOS or Linux may hold, and control characters. */
    private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "lpt1");

    private final Path userFolder;

    /** A library whose user templates live in {@code userFolder}, which is made when the first one is saved. */
    public TemplateLibrary(Path userFolder) {
        this.userFolder = userFolder;
    }

    public Path userFolder() {
        return userFolder;
    }

    /**
     * The built-in templates in {@code language} (the user-interface language), or in English where a
     * template has no file in that language.
     */
    public static List<Template> builtIn(Locale language) {
        String tag = Localization.supported(language).getLanguage();
        List<Template> out = new ArrayList<>();
        for (String id : BUILT_IN) {
            byte[] bytes = resource(id, tag);
            String name = id + "." + tag + EXTENSION;
            if (bytes == null) {
                name = id + ".en" + EXTENSION;
                bytes = resource(id, "en");
            }
            if (bytes == null) {
                throw new IllegalStateException("built-in template missing: " + FOLDER + name);
            }
            try {
                out.add(new Template(id, MapCodec.read(bytes, name), null));
            } catch (MapFileException e) {
                // Shipped files are checked by the tests; this is a broken build, not bad user input.
                throw new IllegalStateException("built-in template unreadable: " + name + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The user's templates sorted by name, and the problems of the files in the folder that are not maps. */
    public UserTemplates user() {
        List<Template> templates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(userFolder)) {
            return new UserTemplates(List.of(), List.of());
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(userFolder, "*" + EXTENSION)) {
            for (Path file : files) {
                try {
                    templates.add(new Template(idOf(file), MapFiles.load(file), file));
                } catch (MapFileException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(userFolder.toString(), 0, 0, "", Text.of("io.file.unreadable", e.getMessage())));
        }
        Collator collator = Collator.getInstance(Localization.ui());
        templates.sort(Comparator.comparing(Template::name, collator).thenComparing(Template::id));
        return new UserTemplates(List.copyOf(templates), List.copyOf(problems));
    }

    /**
     * The file a user template of this name is saved in: the name without the characters file names cannot
     * hold; empty when nothing usable is left of it.
     */
    public Optional<Path> fileFor(String name) {
        String stem = name.replaceAll(UNSAFE, "").strip();
        while (stem.startsWith(".")) {
            stem = stem.substring(1).strip();
        }
        while (stem.endsWith(".")) {
            stem = stem.substring(0, stem.length() - 1).strip();
        }
        if (stem.isEmpty() || RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (stem.length() > 120) {
            stem = stem.substring(0, 120).strip();
        }
        return Optional.of(userFolder.resolve(stem + EXTENSION));
    }

    /**
     * Saves {@code map} as a user template named {@code name} (see {@link TemplateMaps#asTemplate}),
     * atomically, replacing a template of the same name.
     *
     * @throws IOException              when the folder or the file cannot be written
     * @throws IllegalArgumentException when nothing of the name can be a file name
     */
    public Template save(JourneyMap map, String name, boolean keepMeasurements) throws IOException {
        Path file = fileFor(name).orElseThrow(() -> new IllegalArgumentException("no usable file name: " + name));
        JourneyMap template = TemplateMaps.asTemplate(map, name, keepMeasurements);
        Files.createDirectories(userFolder);
        // Validated and written atomically; no .bak, since replacing a template was asked about already.
        MapFiles.write(template, file, false);
        return new Template(idOf(file), template, file);
    }

    /** Removes a user template's file; built-in templates cannot be removed. */
    public void delete(Template template) throws IOException {
        Path file = template.userFile().orElseThrow(() -> new IllegalArgumentException("built-in: " + template.id()));
        Files.deleteIfExists(file);
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - EXTENSION.length());
    }

    private static byte[] resource(String id, String language) {
        try (InputStream in = TemplateLibrary.class.getResourceAsStream(FOLDER + id + "." + language + EXTENSION)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readable user templates and the problems of the unreadable ones, each naming its file. */
    public record UserTemplates(List<Template> templates, List<Problem> problems) {
    }
}
