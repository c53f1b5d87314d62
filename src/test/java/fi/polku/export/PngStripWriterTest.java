package fi.polku.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PNG that strips compressed apart make is one well-formed file: every chunk's CRC holds, and its IDAT
 * chunks join into one zlib stream whose Adler-32 (the strips' values combined) the inflater accepts, with
 * every row unfiltered and exactly the strips' pixels.
 */
class PngStripWriterTest {
    private record Chunk(String type, byte[] data) {
    }

    @Test
    void combinedAdlerEqualsTheAdlerOfTheWholeRun() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            byte[] a = new byte[random.nextInt(200_000)];
            byte[] b = new byte[random.nextInt(200_000)];
            random.nextBytes(a);
            // Runs of one value, as in a picture's background, and high bytes that push the sums far.
            java.util.Arrays.fill(b, 0, b.length / 2, (byte) 0xFF);
            Adler32 whole = new Adler32();
            whole.update(a);
            whole.update(b);
            Adler32 first = new Adler32();
            first.update(a);
            Adler32 second = new Adler32();
            second.update(b);
            assertThat(PngStripWriter.combine(first.getValue(), second.getValue(), b.length))
                    .isEqualTo(whole.getValue());
        }
    }

    @Test
    void stripsWrittenApartMakeOneValidZlibStreamOfThePixels() throws Exception {
        int width = 37;
        int height = 101;
        // Odd strips, many of them: more strips than threads, and a short last one.
        StripImage image = new StripImage(width, height, 9, (g, top, rows) -> {
            g.setComposite(java.awt.AlphaComposite.Src); // the colours as given, not blended onto the clear strip
            for (int y = top; y < top + rows; y++) {
                g.setColor(new java.awt.Color(y * 2, 255 - y * 2, (y * 7) % 256, 128 + y));
                g.fillRect(0, y, width, 1);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Double> progress = new ArrayList<>();
        PngStripWriter.write(image, 300.0, out, progress::add);

        List<Chunk> chunks = chunks(out.toByteArray());
        assertThat(chunks.getFirst().type()).isEqualTo("IHDR");
        assertThat(chunks.stream().map(Chunk::type)).contains("sRGB", "pHYs").endsWith("IEND");
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        chunks.stream().filter(c -> c.type().equals("IDAT")).forEach(c -> idat.writeBytes(c.data()));
        byte[] raw = inflate(idat.toByteArray(), height * (1 + 4 * width));
        for (int y = 0; y < height; y++) {
            int row = y * (1 + 4 * width);
            assertThat(raw[row]).as("filter of row %d", y).isZero();
            assertThat(raw[row + 1] & 0xFF).as("red of row %d", y).isEqualTo(y * 2);
            assertThat(raw[row + 4] & 0xFF).as("alpha of row %d", y).isEqualTo(128 + y);
        }
        assertThat(progress).hasSize(12).isSorted().last().isEqualTo(1.0);
    }

    /** Inflates the whole stream; the inflater checks the Adler-32 at its end. */
    private static byte[] inflate(byte[] zlib, int expected) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        byte[] raw = new byte[expected + 16];
        int n = 0;
        while (!inflater.finished()) {
            int got = inflater.inflate(raw, n, raw.length - n);
            assertThat(got > 0 || inflater.finished()).as("the stream goes on").isTrue();
            n += got;
        }
        assertThat(n).isEqualTo(expected);
        assertThat(inflater.getRemaining()).isZero();
        return raw;
    }

    private static List<Chunk> chunks(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(png));
        assertThat(in.readLong()).isEqualTo(0x89504E470D0A1A0AL);
        List<Chunk> chunks = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] typeAndData = new byte[4 + length];
            in.readFully(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(in.readInt()).isEqualTo((int) crc.getValue());
            chunks.add(new Chunk(new String(typeAndData, 0, 4, StandardCharsets.US_ASCII),
                    java.util.Arrays.copyOfRange(typeAndData, 4, typeAndData.length)));
        }
        return chunks;
    }
}
