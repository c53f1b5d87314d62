package fi.polku;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The sample maps that ship inside the jar under {@code /assets/samples}, opened as untitled copies by {@code --sample NAME}. */
final class Samples {
    static final String DEFAULT = "store-bus";
    private static final String FOLDER = "/assets/samples/";
    private static final String SUFFIX = ".polku.json";

    private Samples() {
    }

    /** The names of the bundled samples without the file suffix, sorted, e.g. {@code store-bus}. */
    static List<String> names() {
        URL folder = Samples.class.getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                // The jar's own file system lists the folder; it is opened here only if no one has it open.
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.getPath(FOLDER));
                }
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample's name as typed, with or without {@code .polku.json}, if such a sample exists. */
    static Optional<String> find(String typed) {
        String name = typed.endsWith(SUFFIX) ? typed.substring(0, typed.length() - SUFFIX.length()) : typed;
        return names().contains(name) ? Optional.of(name) : Optional.empty();
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
        }
    }
}
