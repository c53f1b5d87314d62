package fi.polku.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a map file into text. Map files are UTF-8; a UTF-8 byte order mark is accepted
 * and dropped (some Windows editors add one), while binary data, UTF-16 and invalid UTF-8 are refused
 * at the line and column where they start.
 */
final class MapFileText {
    private MapFileText() {
    }

    static String decode(byte[] bytes, String file) throws MapFileException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new MapFileException(new Problem(file, 1, 1, "",
                    "the file is UTF-16 text; map files must be saved as UTF-8"));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw at(bytes, start, i, file, "the file contains binary data (a zero byte), not JSON text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw at(bytes, start, bad, file, String.format("invalid UTF-8 (byte 0x%02X); map files must be UTF-8 text",
                    bytes[bad] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** A problem at byte {@code offset}, counting columns in characters as an editor shows them. */
    private static MapFileException at(byte[] bytes, int start, int offset, String file, String message) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new MapFileException(new Problem(file, line, column, "", message));
    }

}
