package fi.polku.io;

import fi.polku.model.JourneyMap;
import fi.polku.model.MapValidator;
import fi.polku.text.Localization;
import fi.polku.text.Text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
                throw new MapFileException(new Problem(name, 0, 0, "",
                        Text.of("io.file.tooLargeSized", size >> 20, MAX_BYTES >> 20)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MapFileException(new Problem(name, 0, 0, "", Text.of("io.file.notFound")));
        } catch (AccessDeniedException e) {
            throw new MapFileException(new Problem(name, 0, 0, "", Text.of("io.file.denied")));
        } catch (IOException e) {
            throw new MapFileException(new Problem(name, 0, 0, "", Text.of("io.file.unreadable", e.getMessage())));
        }
        if (bytes.length > MAX_BYTES) {
            // The file grew between the size check and the read.
            throw new MapFileException(new Problem(name, 0, 0, "", Text.of("io.file.tooLarge", MAX_BYTES >> 20)));
        }
        return MapCodec.read(bytes, name);
    }

    /**
     * Saves {@code map} atomically, keeping the previous file as {@code NAME.bak}.
     *
     * @throws IllegalArgumentException when the map breaks a rule of the file format; lists every violation
     *                                  in the user-interface language
     */
    public static void save(JourneyMap map, Path file) throws IOException {
        write(map, file, true);
    }

    /**
     * Saves a map that was changed (by the app or {@code polku import}): {@code modified} becomes now, in the
     * file's canonical form (UTC, whole seconds), and {@code created} stays (now too for a map without one).
     * {@code polku fmt} and the recovery copies use {@link #save} or {@link #write}, which keep both times.
     *
     * @return the map as written, with its new times
     */
    public static JourneyMap saveChanged(JourneyMap map, Path file, Instant now) throws IOException {
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        JourneyMap stamped = map.withTimestamps(map.created() == null ? stamp : map.created(), stamp);
        save(stamped, file);
        return stamped;
    }

    /** Like {@link #save} but lets the caller decide about the backup (fmt does not keep one). */
    public static void write(JourneyMap map, Path file, boolean keepBackup) throws IOException {
        List<MapValidator.Violation> violations = MapValidator.validate(map);
        if (!violations.isEmpty()) {
            Locale ui = Localization.ui();
            throw new IllegalArgumentException(Localization.text(ui, "io.save.invalid") + "\n" + violations.stream()
                    .map(v -> Localization.format(ui, "io.problem.atPath", v.message().in(ui), v.path()))
                    .collect(Collectors.joining("\n")));
        }
        byte[] bytes = MapCodec.write(map);
        AtomicFileWriter.write(file, out -> out.write(bytes), keepBackup);
    }
}
