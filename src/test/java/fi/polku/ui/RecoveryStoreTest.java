package fi.polku.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The recovery folder as the start-up offer reads it: complete copies only, newest first. */
class RecoveryStoreTest {
    @TempDir
    Path folder;

    private void copy(String id, String title, String savedAt, String original) throws Exception {
        Path map = Files.writeString(folder.resolve(id + ".polku.json"), "{}");
        Files.setLastModifiedTime(map, FileTime.from(Instant.parse(savedAt).minusMillis(5)));
        Files.writeString(folder.resolve(id + ".recovery.properties"),
                "title=" + title + "\nsavedAt=" + savedAt + "\n" + (original == null ? "" : "original=" + original + "\n"));
    }

    @Test
    void listsCompleteCopiesNewestFirstWithTheirTitleTimeAndOriginal() throws Exception {
        copy("a", "Older map", "2026-11-20T10:00:00Z", "/maps/older.polku.json");
        copy("b", "Newer map", "2026-11-22T10:00:00Z", null);
        // A sidecar whose map was never completely written is not offered.
        Files.writeString(folder.resolve("c.recovery.properties"), "title=Half written\n");

        var entries = new RecoveryStore(folder).list();

        assertThat(entries).extracting(RecoveryStore.Entry::title).containsExactly("Newer map", "Older map");
        assertThat(entries.getFirst().original()).isNull();
        assertThat(entries.getLast().original()).isEqualTo(Path.of("/maps/older.polku.json"));
        assertThat(entries.getLast().savedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    }

    @Test
    void aCopyWrittenAfterItsSidecarShowsTheCopysOwnTime() throws Exception {
        // The app was killed after renaming a new copy into place but before writing its sidecar.
        copy("a", "Map", "2026-11-20T10:00:00Z", null);
        Instant copyWritten = Instant.parse("2026-11-20T10:00:30Z");
        Files.setLastModifiedTime(folder.resolve("a.polku.json"), FileTime.from(copyWritten));

        assertThat(new RecoveryStore(folder).list().getFirst().savedAt()).isEqualTo(copyWritten);
    }

    @Test
    void deleteRemovesTheCopyItsSidecarAndBackup() throws Exception {
        copy("a", "Map", "2026-11-20T10:00:00Z", null);
        Files.writeString(folder.resolve("a.polku.json.bak"), "{}");

        new RecoveryStore(folder).delete("a");

        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aMissingFolderMeansNothingToRecover() throws Exception {
        assertThat(new RecoveryStore(folder.resolve("never-created")).list()).isEmpty();
    }

    @Test
    void aCopyIsAnOrphanOnlyOnceItsSessionHasLetGoOfItsLock() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        SessionLock session = new SessionLock(folder);
        session.hold();
        store.write("a", fi.polku.model.JourneyMap.empty("m", "Live map"), null, Instant.now(), session.id());
        copy("b", "Old map", "2026-11-20T10:00:00Z", null);

        assertThat(store.list()).hasSize(2);
        assertThat(store.orphans()).extracting(RecoveryStore.Entry::id).containsExactly("b");

        session.release();
        RecoveryStore.Entry ended = store.orphans().stream().filter(e -> e.id().equals("a")).findFirst().orElseThrow();
        store.deleteOrphan(ended);
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("a."))
                    .noneMatch(n -> n.endsWith(SessionLock.SUFFIX));
        }
    }
}
