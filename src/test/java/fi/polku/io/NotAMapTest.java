package fi.polku.io;

import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A file that is no map at all is named for what it seems to be, with its file name, in both languages. */
class NotAMapTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileIsPlainText() throws IOException {
        Path file = write("notes.polku.json", "This is my shopping list.\nMilk, bread\n".getBytes(StandardCharsets.UTF_8));
        assertThat(line(file, Localization.ENGLISH)).isEqualTo(file + ": the file is not a Polku map; it seems to be "
                + "plain text. Open a Polku map file (*.polku.json) instead.");
        assertThat(line(file, Localization.FINNISH)).isEqualTo(file + ": tiedosto ei ole Polku-kartta; se on "
                + "ilmeisesti tavallista tekstiä. Avaa Polku-karttatiedosto (*.polku.json).");
    }

    @Test
    void anImageIsNamedByItsKind() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path file = write("photo.polku.json", png);
        assertThat(line(file, Localization.ENGLISH)).contains("photo.polku.json: the file is not a Polku map")
                .contains("it seems to be a PNG image");
        assertThat(line(file, Localization.FINNISH)).contains("se on ilmeisesti PNG-kuva");
        assertThat(line(write("a.polku.json", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}),
                Localization.ENGLISH)).contains("a JPEG image");
        assertThat(line(write("b.polku.json", "GIF89a\0\0".getBytes(StandardCharsets.ISO_8859_1)),
                Localization.ENGLISH)).contains("a GIF image");
        assertThat(line(write("c.polku.json", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1)),
                Localization.FINNISH)).contains("PDF-asiakirja");
    }

    @Test
    void anExcelWorkbookIsToldApartFromOtherZipFiles() throws IOException {
        Path xlsx = write("answers.polku.json", zip("[Content_Types].xml", "xl/workbook.xml"));
        assertThat(line(xlsx, Localization.ENGLISH)).contains("answers.polku.json: the file is not a Polku map; "
                + "it seems to be an Excel workbook (XLSX)");
        assertThat(line(xlsx, Localization.FINNISH)).contains("se on ilmeisesti Excel-työkirja (XLSX)");
        assertThat(line(write("d.polku.json", zip("word/document.xml")), Localization.ENGLISH))
                .contains("a Word document (DOCX)");
        assertThat(line(write("e.polku.json", zip("readme.txt")), Localization.FINNISH)).contains("ZIP-arkisto");
    }

    @Test
    void anotherProgramsJsonIsNotAMap() throws IOException {
        Path file = write("package.polku.json", "{\n  \"name\": \"shop\",\n  \"version\": \"1.0.0\"\n}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(line(file, Localization.ENGLISH)).isEqualTo(file + ": the file is not a Polku map; it seems to be "
                + "JSON data from another program (it has no schemaVersion, stages or lanes). Open a Polku map file "
                + "(*.polku.json) instead.");
        assertThat(line(file, Localization.FINNISH)).contains("toisen ohjelman JSON-tiedosto");
    }

    @Test
    void brokenJsonAndUnknownBinaryKeepTheirLocatedMessages() throws IOException {
        Path truncated = write("cut.polku.json", "{\n  \"schemaVersion\": 2,\n  \"title\": \"x".getBytes(StandardCharsets.UTF_8));
        assertThat(line(truncated, Localization.ENGLISH)).contains("cut.polku.json:3:").doesNotContain("not a Polku map");
        Path binary = write("bin.polku.json", new byte[]{'{', 0, 1, 2});
        assertThat(line(binary, Localization.ENGLISH)).contains("binary data");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write("<x/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String line(Path file, java.util.Locale locale) {
        MapFileException e;
        try {
            MapFiles.load(file);
            throw new AssertionError("opened " + file);
        } catch (MapFileException thrown) {
            e = thrown;
        }
        assertThat(e.problems()).hasSize(1);
        assertThat(e.repaired()).isEmpty();
        return e.problems().getFirst().in(locale);
    }
}
