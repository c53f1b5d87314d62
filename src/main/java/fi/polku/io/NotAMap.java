package fi.polku.io;

import fi.polku.text.Text;

import java.nio.charset.StandardCharsets;

/**
 * Recognizes a file that is not a Polku map at all (a text, an image, a workbook, a PDF, another program's
 * JSON), so that the user reads what it seems to be instead of a JSON syntax error on its first word.
 */
final class NotAMap {
    private NotAMap() {
    }

    /**
     * "the file is not a Polku map; it seems to be …" (the located line names the file), or null when the bytes may be a map (JSON text starting
     * with an object) or are refused better by the text checks (empty, UTF-16, binary without a known kind).
     */
    static Text recognize(byte[] bytes) {
        String kind = magic(bytes);
        if (kind == null) {
            kind = textKind(bytes);
        }
        return kind == null ? null : Text.of("io.notMap", Text.of(kind));
    }

    /** The message for a well-formed JSON object that has nothing of a map (no schemaVersion, stages or lanes). */
    static Text otherJson() {
        return Text.of("io.notMap", Text.of("io.kind.json"));
    }

    /** The kind named by the file's first bytes (its "magic number"), or null. */
    private static String magic(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "io.kind.png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "io.kind.jpeg";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "io.kind.gif";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "io.kind.pdf";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            // Office files are ZIP archives whose entry names, stored uncompressed, say which kind they are.
            String head = new String(b, 0, Math.min(b.length, 64 << 10), StandardCharsets.ISO_8859_1);
            if (head.contains("xl/")) {
                return "io.kind.xlsx";
            }
            if (head.contains("word/")) {
                return "io.kind.docx";
            }
            return "io.kind.zip";
        }
        return null;
    }

    /**
     * "plain text" for readable text that does not start like JSON; null for everything else, which the JSON
     * reader judges and locates.
     */
    private static String textKind(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            return null;
        }
        int i = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        if (i >= b.length || b[i] == '{' || b[i] == '[') {
            return null;
        }
        for (int j = 0, end = Math.min(b.length, 8 << 10); j < end; j++) {
            if (b[j] == 0) {
                return null;
            }
        }
        return "io.kind.text";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
