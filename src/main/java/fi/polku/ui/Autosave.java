package fi.polku.ui;

import fi.polku.model.JourneyMap;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Writes a recovery copy of the open map every interval while it has unsaved changes, and removes the
 * copy once the map is saved, reverted or closed cleanly. Writing happens on the background executor, so
 * the window never waits for the disk.
 */
public final class Autosave {
    /**
     * The interval, 30 s unless the system property {@code polku.autosave.seconds} says otherwise: that
     * property is for tests and benchmarks (the kill-during-editing test shortens it in normal builds).
     */
    public static final Duration INTERVAL =
            Duration.seconds(Double.parseDouble(System.getProperty("polku.autosave.seconds", "30")));

    private final Document document;
    private final RecoveryStore store;
    private final Executor background;
    private final Consumer<String> problems;
    private final Timeline timer;
    /** Held from the first copy on, so that another running Polku neither offers nor deletes this one's copies. */
    private final SessionLock session;
    private String recoveryId = UUID.randomUUID().toString();
    private JourneyMap lastWritten;

    public Autosave(Document document, RecoveryStore store, Executor background, Consumer<String> problems) {
        this.document = document;
        this.store = store;
        this.background = background;
        this.problems = problems;
        this.session = new SessionLock(store.folder());
        this.timer = new Timeline(new KeyFrame(INTERVAL, e -> writeNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
        document.dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) {
                discard();
            }
        });
    }

    public void start() {
        timer.play();
    }

    /**
     * Stops writing copies and lets go of the session lock: a copy still there then (the window went away
     * without a clean close) is offered at the next start.
     */
    public void stop() {
        timer.stop();
        session.release();
    }

    /**
     * Continues an existing recovery copy (after recovering it), so that saving removes that copy; the copy
     * becomes this session's at once, before another start could take it for an orphan again.
     */
    public void adopt(String existingRecoveryId) {
        recoveryId = existingRecoveryId;
        lastWritten = null;
        background.execute(() -> {
            try {
                session.hold();
                store.claim(existingRecoveryId, session.id());
            } catch (IOException e) {
                Platform.runLater(() -> problems.accept(Messages.format("autosave.failed", store.folder(),
                        e.getMessage())));
            }
        });
    }

    /** Writes the recovery copy now if the map is dirty and changed since the last copy. */
    public CompletableFuture<Void> writeNow() {
        JourneyMap map = document.current();
        if (!document.isDirty() || map.equals(lastWritten)) {
            return CompletableFuture.completedFuture(null);
        }
        lastWritten = map;
        String id = recoveryId;
        var original = document.file().orElse(null);
        return CompletableFuture.runAsync(() -> {
            try {
                session.hold();
                store.write(id, map, original, Instant.now(), session.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).exceptionally(e -> {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            Platform.runLater(() -> problems.accept(Messages.format("autosave.failed", store.folder(),
                    cause.getMessage())));
            return null;
        });
    }

    /** Removes the recovery copy, e.g. after a clean save or close; the next change starts a new one. */
    public CompletableFuture<Void> discard() {
        lastWritten = null;
        String id = recoveryId;
        return CompletableFuture.runAsync(() -> {
            try {
                store.delete(id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).exceptionally(e -> {
            Platform.runLater(() -> problems.accept(Messages.format("autosave.discardFailed", store.folder())));
            return null;
        });
    }
}
