package fi.polku.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real app processes on one home folder: a second Polku started while the first is editing neither offers
 * nor deletes the first one's live recovery copy; once the first is killed with SIGKILL, a third start offers it.
 * Each start is a child JVM, headless under Monocle; every wait polls for something the app writes, with
 * time-outs generous enough for two busy cores.
 */
class SecondInstanceTest {
    private static final long STARTUP_MILLIS = 180_000;
    private static final String SAMPLE = "/assets/samples/store-bus.polku.json";

    @Test
    void aLiveSessionsCopyIsOfferedOnlyAfterItsProcessIsKilled(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("maps").resolve("store-bus.polku.json");
        Files.createDirectories(file.getParent());
        try (InputStream in = SecondInstanceTest.class.getResourceAsStream(SAMPLE)) {
            Files.copy(in, file);
        }
        Path recovery = dir.resolve("home").resolve("recovery");
        try (ChildApp first = ChildApp.start(dir, "edit", file, dir.resolve("edits"), 0.5)) {
            first.await("ready ", STARTUP_MILLIS);
            first.await("edit ", 60_000);
            List<RecoveryStore.Entry> live = waitForCopy(recovery, first);
            assertThat(live).as("the first session's copy names its session").allMatch(e -> e.session() != null);

            try (ChildApp second = ChildApp.start(dir, "look", file, dir.resolve("look"), 0.5)) {
                assertThat(second.await("opened ", STARTUP_MILLIS)).as("dialogs over the second start")
                        .isEqualTo("dialogs=0");
            }
            assertThat(new RecoveryStore(recovery).list()).as("the first session's copy after the second start")
                    .extracting(RecoveryStore.Entry::id).containsAll(live.stream().map(RecoveryStore.Entry::id).toList());
            first.kill();
        }

        try (ChildApp third = ChildApp.start(dir, "recover", file, dir.resolve("recovered"), 0.5)) {
            String offered = new String(Base64.getDecoder().decode(third.await("offered ", STARTUP_MILLIS)),
                    StandardCharsets.UTF_8);
            assertThat(offered).as("the recovery question after the kill").contains(file.toString());
            assertThat(third.await("recovered ", 60_000)).contains("dirty=true");
        }
    }

    /** Polls the recovery folder until the first session's autosave has written a complete copy. */
    private static List<RecoveryStore.Entry> waitForCopy(Path recovery, ChildApp app) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            List<RecoveryStore.Entry> entries = new RecoveryStore(recovery).list();
            if (!entries.isEmpty()) {
                try (Stream<Path> locks = Files.list(recovery)) {
                    assertThat(locks.filter(p -> p.toString().endsWith(SessionLock.SUFFIX)).count())
                            .as("session lock files").isEqualTo(1);
                }
                return entries;
            }
            app.poll(100); // the edits go on; their lines are not needed here
        }
        throw new AssertionError("no recovery copy within 60 s; " + app.stderrTail());
    }
}
