package fi.polku.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving replaces a file in one step, keeps the previous one when asked, and leaves no debris when it fails. */
class AtomicFileWriterTest {

    @Test
    void writesNewFileWithoutBackup(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x.polku.json");
        AtomicFileWriter.write(target, out -> out.write(bytes("first")), true);
        assertThat(Files.readString(target)).isEqualTo("first");
        assertThat(listing(dir)).containsExactly("x.polku.json");
    }

    @Test
    void keepsPreviousContentAsBakWhenAsked(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x.polku.json");
        AtomicFileWriter.write(target, out -> out.write(bytes("first")), true);
        AtomicFileWriter.write(target, out -> out.write(bytes("second")), true);
        AtomicFileWriter.write(target, out -> out.write(bytes("third")), true);
        assertThat(Files.readString(target)).isEqualTo("third");
        assertThat(Files.readString(dir.resolve("x.polku.json.bak"))).isEqualTo("second");
        assertThat(listing(dir)).containsExactly("x.polku.json", "x.polku.json.bak");
    }

    @Test
    void noBackupWhenNotAsked(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("export.png");
        AtomicFileWriter.write(target, out -> out.write(bytes("a")), false);
        AtomicFileWriter.write(target, out -> out.write(bytes("b")), false);
        assertThat(listing(dir)).containsExactly("export.png");
    }

    @Test
    void failedWriteLeavesOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x.polku.json");
        AtomicFileWriter.write(target, out -> out.write(bytes("old")), false);
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(bytes("half of the new"));
            throw new IOException("disk full");
        }, true)).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(listing(dir)).containsExactly("x.polku.json");
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("shared.polku.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFileWriter.write(target, out -> out.write(bytes("new")), false);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
    }

    @Test
    void removesTemporaryFilesLeftByAnOldKilledSaveButNotFreshOnes(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x.polku.json");
        Path stale = Files.writeString(dir.resolve(".x.polku.json.123.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFileWriter.STALE_AFTER)
                .minusSeconds(60)));
        Path fresh = Files.writeString(dir.resolve(".x.polku.json.456.tmp"), "being written");
        Path other = Files.writeString(dir.resolve(".y.polku.json.789.tmp"), "another file's");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(stale));
        AtomicFileWriter.write(target, out -> out.write(bytes("new")), false);
        assertThat(listing(dir)).containsExactly(".x.polku.json.456.tmp", ".y.polku.json.789.tmp", "x.polku.json");
        assertThat(fresh).exists();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsReadableByOthersLikeAnyDocument(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("new.polku.json");
        AtomicFileWriter.write(target, out -> out.write(1), false);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }
}
