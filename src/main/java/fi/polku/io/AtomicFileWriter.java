package fi.polku.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a file so that a crash at any moment leaves either the complete old file or the complete new
 * one: the content goes to a temporary file in the same folder, is flushed to disk, and is then renamed
 * over the target in one atomic step. Used by saving and by every export.
 */
public final class AtomicFileWriter {
    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private static final System.Logger LOG = System.getLogger(AtomicFileWriter.class.getName());

    /** Age after which a leftover temporary file cannot belong to a save that is still running. */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    private AtomicFileWriter() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @param content    writes the new content; the stream is buffered and closed by this method
     * @param keepBackup keep the previous file, if any, as {@code NAME.bak} next to it
     */
    public static void write(Path target, IOConsumer<OutputStream> content, boolean keepBackup)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = absolute.getFileName().toString();
        // Same folder as the target: a rename within one file system is atomic, across file systems it is not.
        Path temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.accept(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(absolute)) {
                copyPermissions(absolute, temp);
                if (keepBackup) {
                    backUp(absolute, folder.resolve(name + ".bak"));
                }
            } else {
                giveNewFilePermissions(temp);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncFolder(folder);
        removeStaleTemporaries(folder, name);
    }

    /**
     * A save killed mid-write leaves its hidden temporary file behind; the next save of the same file
     * removes those. Only old ones: a fresh one may belong to a save still running in another window.
     */
    private static void removeStaleTemporaries(Path folder, String name) {
        String prefix = "." + name + ".";
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // The new file is already safely in place; a leftover that cannot be removed must not fail the save.
            LOG.log(System.Logger.Level.WARNING, "could not remove old temporary files of " + name + ": " + e);
        }
    }

    /** Copies the old file to {@code NAME.bak}, itself through a temporary file so a crash never leaves half a backup. */
    private static void backUp(Path original, Path backup) throws IOException {
        Path temp = Files.createTempFile(backup.getParent(), "." + backup.getFileName() + ".", ".tmp");
        try {
            Files.copy(original, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(temp, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** A new file would otherwise get the temporary file's owner-only permissions instead of the old ones. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && dest != null) {
            dest.setPermissions(source.readAttributes().permissions());
        }
    }

    /**
     * A new map or export is shared like any document (rw-r--r--), not left with the temporary file's
     * owner-only permissions.
     */
    private static void giveNewFilePermissions(Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Makes the rename itself durable; Windows cannot open a folder as a channel and syncs renames itself. */
    private static void syncFolder(Path folder) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
