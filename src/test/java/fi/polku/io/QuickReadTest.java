package fi.polku.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick read of a map file (byte check plus {@link PlainJsonReader}) must accept exactly what the
 * located read accepts and give the same tree, because every message is made from that tree and the
 * located reader's text.
 */
class QuickReadTest {

    @Test
    void byteCheckAgreesWithTheJdkDecoderOnEveryShortSequence() {
        int disagreements = 0;
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                for (int tail : new int[] {0x80, 0xBF, 0x41, 0xC0}) {
                    for (int length = 2; length <= 4; length++) {
                        byte[] bytes = new byte[1 + length];
                        bytes[0] = '{';
                        bytes[1] = (byte) lead;
                        bytes[2] = (byte) second;
                        for (int k = 3; k <= length; k++) {
                            bytes[k] = (byte) tail;
                        }
                        boolean jdk = second != 0 && tail != 0 && jdkAccepts(bytes);
                        if ((MapFileText.cleanStart(bytes) >= 0) != jdk) {
                            disagreements++;
                        }
                    }
                }
            }
        }
        assertThat(disagreements).isZero();
    }

    @Test
    void byteCheckRefusesZeroBytesAndTruncatedSequencesAtEveryOffset() {
        byte[] valid = "{\"title\": \"Kassalla käy näin 🚌 – ok\", \"x\": 12345678}".getBytes(StandardCharsets.UTF_8);
        assertThat(MapFileText.cleanStart(valid)).isZero();
        for (int i = 1; i < valid.length; i++) {
            byte[] zero = valid.clone();
            zero[i] = 0;
            assertThat(MapFileText.cleanStart(zero)).as("zero at %d", i).isEqualTo(-1);
            byte[] cut = java.util.Arrays.copyOf(valid, i);
            assertThat(MapFileText.cleanStart(cut) >= 0).as("cut at %d", i).isEqualTo(jdkAccepts(cut));
        }
    }

    @Test
    void byteOrderMarksAreSkippedOnceAndOtherStartsGoTheSlowWay() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertThat(MapFileText.cleanStart(bom)).isEqualTo(3);
        byte[] twice = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertThat(MapFileText.cleanStart(twice)).isEqualTo(-1);
        assertThat(MapFileText.cleanStart(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0})).isEqualTo(-1);
        assertThat(MapFileText.cleanStart(new byte[0])).isEqualTo(-1);
    }

    @Test
    void plainReaderGivesUpOnWhatTheLocatedReaderRefuses() {
        for (String json : List.of("{\"a\": 1, \"a\": 2}", "{\"a\": 1e400}", "{\"a\": 1} x", "[1]", "{\"a\": NaN}",
                "{\"a\": [1,]}", "{\"a\": \"" + "x".repeat(LocatedJsonReader.MAX_STRING + 1) + "\"}",
                "{\"a\": " + "[".repeat(LocatedJsonReader.MAX_DEPTH) + "]".repeat(LocatedJsonReader.MAX_DEPTH) + "}",
                "{\"a\": [" + "0,".repeat(LocatedJsonReader.MAX_VALUES) + "0]}", "  ", "{\"a\": 1 // c\n}")) {
            assertThat(PlainJsonReader.read(json.getBytes(StandardCharsets.UTF_8), 0)).as(abbreviated(json)).isNull();
            assertThat(locatedRoot(json.getBytes(StandardCharsets.UTF_8))).as(abbreviated(json)).isNull();
        }
    }

    @Test
    void mutatedFilesGiveTheSameTreeEitherWayOrAreRefusedByBoth() throws Exception {
        Random random = new Random(20261201L);
        MapFileMutator mutator = new MapFileMutator(random);
        List<byte[]> originals = samples();
        int quick = 0;
        for (int i = 0; i < 1500; i++) {
            byte[] bytes = mutator.mutate(originals.get(random.nextInt(originals.size()))).bytes();
            if (random.nextInt(10) == 0) {
                bytes = withBom(bytes);
            }
            int start = MapFileText.cleanStart(bytes);
            ObjectNode plain = start < 0 ? null : PlainJsonReader.read(bytes, start);
            ObjectNode located = locatedRoot(bytes);
            if (plain != null) {
                quick++;
                assertThat(plain).as("mutant %d", i).isEqualTo(located);
            } else if (start >= 0) {
                assertThat(located).as("mutant %d is clean UTF-8, so only a JSON problem may refuse it", i).isNull();
            } else {
                assertThat(located).as("mutant %d: the byte check refused a file the located read takes", i).isNull();
            }
        }
        assertThat(quick).as("mutants read the quick way").isGreaterThan(500);
    }

    private static ObjectNode locatedRoot(byte[] bytes) {
        try {
            return LocatedJsonReader.read(MapFileText.decode(bytes, "f"), "f").root();
        } catch (MapFileException e) {
            return null;
        }
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] withBom(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    private static List<byte[]> samples() throws Exception {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".polku.json")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static String abbreviated(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
