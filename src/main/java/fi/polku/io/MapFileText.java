package fi.polku.io;

import fi.polku.text.Text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    private MapFileText() {
    }

    /**
     * Where the JSON text starts (after a UTF-8 byte order mark, if any) when the bytes are well-formed
     * UTF-8 without a zero byte and start with an ASCII character; -1 when {@link #decode} might refuse them,
     * so that the caller takes the slow path that reports why. Checks eight ASCII bytes per step, because
     * an opened file passes through here whole.
     */
    static int cleanStart(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // A first byte that is not ASCII may be a second byte order mark, which the text parser would refuse.
        if (start >= bytes.length || bytes[start] <= 0) {
            return -1;
        }
        int i = start;
        int end = bytes.length;
        while (i < end) {
            while (i + 8 <= end) {
                long w = (long) LONGS.get(bytes, i);
                // Stops at a byte with the high bit set or at a zero byte (the classic has-zero-byte test).
                if ((w & HIGH_BITS) != 0 || ((w - LOW_BITS) & ~w & HIGH_BITS) != 0) {
                    break;
                }
                i += 8;
            }
            if (i >= end) {
                break;
            }
            int b = bytes[i];
            if (b > 0) {
                i++;
            } else if (b == 0) {
                return -1;
            } else {
                i = afterSequence(bytes, i);
                if (i < 0) {
                    return -1;
                }
            }
        }
        return start;
    }

    /**
     * The index after the multi-byte UTF-8 sequence at {@code i}, or -1 when it is not well-formed (Unicode
     * table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), exactly what the JDK decoder refuses.
     */
    private static int afterSequence(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > bytes.length) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return i + length;
    }

    static String decode(byte[] bytes, String file) throws MapFileException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new MapFileException(new Problem(file, 1, 1, "", Text.of("io.file.utf16")));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw at(bytes, start, i, file, Text.of("io.file.binary"));
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
            throw at(bytes, start, bad, file, Text.of("io.file.invalidUtf8",
                    String.format("%02X", bytes[bad] & 0xFF)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** A problem at byte {@code offset}, counting columns in characters as an editor shows them. */
    private static MapFileException at(byte[] bytes, int start, int offset, String file, Text message) {
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
