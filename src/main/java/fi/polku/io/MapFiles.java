package fi.polku.io;

import fi.polku.model.JourneyMap;
import fi.polku.model.MapValidator;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Loads and saves map files on disk: size-limited reading, validation before writing, atomic saves with a backup. */
public final class MapFiles {
    /** Larger files are refused before reading them (hostile-input limit of the file format). */
    public static final long MAX_BYTES = 64L << 20;

    private MapFiles() {
    }

    /** Reads and checks a map file; every failure, I/O included, comes back as located problems. */
    public static JourneyMap load(Path file) throws MapFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new MapFileException(new Problem(name, 0, 0, "", "the file is " + (size >> 20)
                        + " MiB, larger than the " + (MAX_BYTES >> 20) + " MiB limit for map files"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MapFileException(new Problem(name, 0, 0, "", "no such file"));
        } catch (AccessDeniedException e) {
            throw new MapFileException(new Problem(name, 0, 0, "", "permission denied"));
        } catch (IOException e) {
            throw new MapFileException(new Problem(name, 0, 0, "", "cannot read the file: " + e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            // The file grew between the size check and the read.
            throw new MapFileException(new Problem(name, 0, 0, "", "the file is larger than the "
                    + (MAX_BYTES >> 20) + " MiB limit for map files"));
        }
        return MapCodec.read(bytes, name);
    }

    /**
     * Saves {@code map} atomically, keeping the previous file as {@code NAME.bak}.
     *
     * @throws IllegalArgumentException when the map breaks a rule of the file format; lists every violation
     */
    public static void save(JourneyMap map, Path file) throws IOException {
        write(map, file, true);
    }

    /** Like {@link #save} but lets the caller decide about the backup (fmt does not keep one). */
    public static void write(JourneyMap map, Path file, boolean keepBackup) throws IOException {
        List<MapValidator.Violation> violations = MapValidator.validate(map);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("the map cannot be saved:\n" + violations.stream()
                    .map(v -> v.message() + " at " + v.path())
                    .collect(Collectors.joining("\n")));
        }
        byte[] bytes = MapCodec.write(map);
        AtomicFileWriter.write(file, out -> out.write(bytes), keepBackup);
    }
}
