package fi.polku.export;

import java.io.InterruptedIOException;

/**
 * Stops a long export when its thread is interrupted (the app's Cancel button cancels the background task),
 * as an I/O interruption, so the atomic writer discards the unfinished file.
 */
public final class ExportCancelled {
    private ExportCancelled() {
    }

    /** Throws when the current thread has been interrupted; keeps the interrupt flag for the caller. */
    public static void check() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("the export was cancelled");
        }
    }

    /** As {@link #check()}, for a failure that the interruption caused, which becomes the cancel's cause. */
    static void check(Exception cause) throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            InterruptedIOException cancelled = new InterruptedIOException("the export was cancelled");
            cancelled.initCause(cause);
            throw cancelled;
        }
    }
}
