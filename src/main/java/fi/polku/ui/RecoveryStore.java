package fi.polku.ui;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The recovery folder: autosaved copies of unsaved maps ({@code ID.polku.json}), each with a small
 * sidecar ({@code ID.recovery.properties}) noting the map's title, its original file and when it was written.
 */
public final class RecoveryStore {
    private static final String MAP_SUFFIX = ".polku.json";
    private static final String SIDECAR_SUFFIX = ".recovery.properties";
    private final Path folder;

    private static final String SESSION = "session";

    /**
     * One recoverable map. {@code original} is null for a map that was never saved; {@code session} names the
     * session that wrote it, null for a copy written before copies had owners.
     */
    public record Entry(String id, Path mapFile, Path sidecar, String title, Path original, Instant savedAt,
                        String session) {
    }

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes (or overwrites) the recovery copy with this id; the sidecar is written after the map. */
    public void write(String id, JourneyMap map, Path original, Instant at) throws IOException {
        write(id, map, original, at, null);
    }

    /** {@link #write(String, JourneyMap, Path, Instant)} for a copy owned by {@code session} (null: no owner). */
    void write(String id, JourneyMap map, Path original, Instant at, String session) throws IOException {
        Files.createDirectories(folder);
        MapFiles.save(map, folder.resolve(id + MAP_SUFFIX));
        Properties side = new Properties();
        side.setProperty("title", map.title());
        side.setProperty("savedAt", at.toString());
        if (original != null) {
            side.setProperty("original", original.toAbsolutePath().toString());
        }
        if (session != null) {
            side.setProperty(SESSION, session);
        }
        writeSidecar(id, side);
    }

    /** Makes {@code session} the owner of a recovered copy, which that session goes on writing. */
    void claim(String id, String session) throws IOException {
        Path sidecar = folder.resolve(id + SIDECAR_SUFFIX);
        Properties side = new Properties();
        try (Reader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            side.load(r);
        }
        side.setProperty(SESSION, session);
        writeSidecar(id, side);
    }

    private void writeSidecar(String id, Properties side) throws IOException {
        Path tmp = folder.resolve(id + SIDECAR_SUFFIX + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            side.store(w, null);
        }
        Files.move(tmp, folder.resolve(id + SIDECAR_SUFFIX), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every complete recovery copy, newest first. A sidecar without its map is not listed. */
    public List<Entry> list() throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path sidecar : files.filter(p -> p.getFileName().toString().endsWith(SIDECAR_SUFFIX)).toList()) {
                read(sidecar).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing(Entry::savedAt).reversed());
        return out;
    }

    /**
     * The copies a start may offer, newest first: those of sessions that have ended (their lock is free) and
     * those without an owner. Another live session's copies are its own and are not listed.
     */
    public List<Entry> orphans() throws IOException {
        return list().stream().filter(e -> e.session() == null || !SessionLock.isHeld(folder, e.session())).toList();
    }

    /**
     * Deletes a copy the user discarded, unless its session has come back to life meanwhile; once no copy
     * of an ended session is left, its lock file goes too.
     */
    public void deleteOrphan(Entry entry) throws IOException {
        if (entry.session() != null && SessionLock.isHeld(folder, entry.session())) {
            return;
        }
        delete(entry.id());
        if (entry.session() != null && list().stream().noneMatch(e -> entry.session().equals(e.session()))) {
            Files.deleteIfExists(SessionLock.fileOf(folder, entry.session()));
        }
    }

    public JourneyMap load(Entry entry) throws MapFileException {
        return MapFiles.load(entry.mapFile());
    }

    /** Removes a recovery copy and its sidecar (and the .bak the atomic writer may have kept). */
    public void delete(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + SIDECAR_SUFFIX));
        Files.deleteIfExists(folder.resolve(id + MAP_SUFFIX));
        Files.deleteIfExists(folder.resolve(id + MAP_SUFFIX + ".bak"));
    }

    private Optional<Entry> read(Path sidecar) throws IOException {
        String name = sidecar.getFileName().toString();
        String id = name.substring(0, name.length() - SIDECAR_SUFFIX.length());
        Path map = folder.resolve(id + MAP_SUFFIX);
        if (!Files.isRegularFile(map)) {
            return Optional.empty();
        }
        Properties side = new Properties();
        try (Reader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            side.load(r);
        }
        // The map is renamed into place before its sidecar, so a kill between the two leaves a newer map
        // beside the previous sidecar: the map file's own time then says when its content was saved.
        Instant at = Files.getLastModifiedTime(map).toInstant();
        try {
            Instant stated = Instant.parse(side.getProperty("savedAt", ""));
            at = stated.isAfter(at) ? stated : at;
        } catch (java.time.format.DateTimeParseException e) {
            // keep the file time
        }
        String original = side.getProperty("original");
        return Optional.of(new Entry(id, map, sidecar, side.getProperty("title", ""),
                original == null ? null : Path.of(original), at, side.getProperty(SESSION)));
    }
}
