package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sample maps bundled in the jar, read as untitled maps: a sample opens as the user's own copy, so that
 * Save asks where to keep it and the bundled file (or a source tree's) is never written.
 */
public final class SampleMaps {
    /** The sample Help → Open Sample and a plain {@code --sample} open. */
    public static final String DEFAULT = "store-bus";
    private static final String FOLDER = "/assets/samples/";
    private static final String EXTENSION = ".polku.json";

    private SampleMaps() {
    }

    /** Reads the bundled sample {@code name} (without its extension) through the map file reader. */
    public static JourneyMap load(String name) throws Exception {
        String resource = FOLDER + name + EXTENSION;
        // The reader reads files; a temporary copy keeps its checks and messages the same for a sample.
        Path copy = Files.createTempFile("polku-sample-", EXTENSION);
        try (InputStream in = SampleMaps.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(Messages.format("error.sampleMissing", resource));
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return MapFiles.load(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
