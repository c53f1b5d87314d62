package fi.polku.ui;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a running session holds on its recovery copies: an operating-system file lock on
 * {@code SESSION.session.lock} beside them. The system releases it when the process ends in any way, a
 * kill -9 included, so a copy whose session lock is free belongs to a session that is gone and may be
 * offered, while a copy whose lock is held is another live session's safety net and is left alone.
 */
final class SessionLock {
    static final String SUFFIX = ".session.lock";
    /**
     * The lock files this JVM holds. A lock file of this JVM is never opened a second time to test it: on Linux
     * closing any channel of a file drops every lock the process holds on it.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
    private final String id = UUID.randomUUID().toString();
    private final Path file;
    private FileChannel channel;
    private FileLock lock;

    SessionLock(Path folder) {
        this.file = fileOf(folder, id);
    }

    /** The session's id, which the sidecar of each of its copies names. */
    String id() {
        return id;
    }

    static Path fileOf(Path folder, String session) {
        return folder.resolve(session + SUFFIX).toAbsolutePath().normalize();
    }

    /** Takes the lock if this session does not hold it yet; called before a copy naming the session is written. */
    synchronized void hold() throws IOException {
        if (lock != null && lock.isValid()) {
            return;
        }
        Files.createDirectories(file.getParent());
        HELD_HERE.add(file);
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = channel.tryLock();
        if (lock == null) {
            // A fresh random id is nobody else's; a failure here means the folder does not support locks.
            channel.close();
            HELD_HERE.remove(file);
            throw new IOException(file.toString());
        }
    }

    /** Lets go of the lock after a clean close; the session's copies, if any are left, are then orphans. */
    synchronized void release() {
        if (lock == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The process's end releases it all the same.
        } finally {
            lock = null;
            channel = null;
            HELD_HERE.remove(file);
        }
    }

    /** True while a live session, in this process or another, holds the lock of {@code session}. */
    static boolean isHeld(Path folder, String session) {
        Path lockFile = fileOf(folder, session);
        if (HELD_HERE.contains(lockFile)) {
            return true;
        }
        try (FileChannel probe = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock taken = probe.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // Unreadable: treat the copy as someone's, so it is never deleted by mistake.
            return true;
        }
    }
}
