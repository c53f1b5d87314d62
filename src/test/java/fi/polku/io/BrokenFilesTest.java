package fi.polku.io;

import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Every broken file a user might open gives exactly these located lines, all problems at once. */
class BrokenFilesTest {

    static Stream<Arguments> corpus() {
        return Stream.of(
                broken("truncated.polku.json",
                        "truncated.polku.json:58:11: the file ends unexpectedly; it may be truncated"),
                broken("wrong-types.polku.json",
                        "wrong-types.polku.json:4:3: \"title\" must be text, found number 5",
                        "wrong-types.polku.json:18:7: touchpoint \"Checkout\": \"importance\" must be a number, "
                                + "found text \"high\"",
                        "wrong-types.polku.json:19:7: touchpoint \"Checkout\": \"tags\" must be an array, "
                                + "found text \"bussi\"",
                        "wrong-types.polku.json:21:41: touchpoint \"Checkout\" measurement 1: \"n\" must be a "
                                + "whole number, found number 2.5",
                        "wrong-types.polku.json:21:51: touchpoint \"Checkout\" measurement 1: \"date\" must be an "
                                + "ISO-8601 date such as 2026-09-30, found \"30.9.2026\"",
                        "wrong-types.polku.json:25:3: \"connections\" must be an array, found an object"),
                broken("bad-enum.polku.json",
                        "bad-enum.polku.json:8:34: lane \"Web\": \"kind\" must be one of channel, emotion, "
                                + "pain_points, opportunities, backstage, text, found \"swimlane\""),
                broken("newer-version.polku.json",
                        "newer-version.polku.json:2:3: the file has schemaVersion 6, but this version of Polku "
                                + "reads only up to schemaVersion 5; open it with a newer Polku"),
                broken("missing-version.polku.json",
                        "missing-version.polku.json:1:1: the map has no \"schemaVersion\"; is this a Polku map file?"),
                broken("version-as-text.polku.json",
                        "version-as-text.polku.json:2:3: \"schemaVersion\" must be a whole number, found text \"2\""),
                broken("duplicate-ids.polku.json",
                        "duplicate-ids.polku.json:13:7: touchpoint \"Checkout\" has id \"t1\", which touchpoint "
                                + "\"Bussimatka\" already uses",
                        "duplicate-ids.polku.json:14:7: touchpoint \"Lasku\" has id \"s1\", which stage \"Ennen\" "
                                + "already uses"),
                broken("dangling-references.polku.json",
                        "dangling-references.polku.json:15:7: touchpoint \"Checkout\" refers to stage \"s9\", "
                                + "which does not exist",
                        "dangling-references.polku.json:16:7: touchpoint \"Checkout\" refers to lane \"l9\", "
                                + "which does not exist",
                        "dangling-references.polku.json:17:27: touchpoint \"Checkout\" has a measurement of metric "
                                + "\"wait\", which is not defined",
                        "dangling-references.polku.json:18:20: touchpoint \"Checkout\" has a target for metric "
                                + "\"speed\", which is not defined",
                        "dangling-references.polku.json:21:48: connection \"c1\" refers to touchpoint \"t9\", "
                                + "which does not exist",
                        "dangling-references.polku.json:22:79: opportunity \"Luettelo\" refers to touchpoint "
                                + "\"t7\", which does not exist"),
                broken("out-of-range.polku.json",
                        "out-of-range.polku.json:9:55: lane \"Tunne\" has a channel but is not a channel lane",
                        "out-of-range.polku.json:17:7: touchpoint \"Checkout\": importance 7 is outside 1–5",
                        "out-of-range.polku.json:18:7: touchpoint \"Checkout\": emotion -5 is outside -3–3",
                        "out-of-range.polku.json:20:28: touchpoint \"Checkout\": nps value 120 is outside -100–100",
                        "out-of-range.polku.json:20:42: touchpoint \"Checkout\": sample size n -4 is negative",
                        "out-of-range.polku.json:20:51: touchpoint \"Checkout\": interval low 30 is above "
                                + "interval high 10",
                        "out-of-range.polku.json:21:40: touchpoint \"Checkout\": measuring period starts on "
                                + "Oct 1, 2026, after it ends on Sep 30, 2026",
                        "out-of-range.polku.json:23:20: touchpoint \"Checkout\": csat target 101 is outside 0–100",
                        "out-of-range.polku.json:27:7: metric \"Oma NPS\" uses the id \"nps\" of a built-in metric",
                        "out-of-range.polku.json:28:39: metric \"Odotus\": min 60 is not below max 0",
                        "out-of-range.polku.json:31:53: opportunity \"Luettelo\": customersPerOccurrence -40 is "
                                + "negative",
                        "out-of-range.polku.json:31:84: opportunity \"Luettelo\": shareConverting 1.5 is outside 0–1"),
                broken("unknown-field.polku.json",
                        "unknown-field.polku.json:13:7: touchpoint \"Checkout\": unknown field \"colour\"",
                        "unknown-field.polku.json:15:3: unknown field \"theme\""),
                broken("v1-names-in-v2.polku.json",
                        "v1-names-in-v2.polku.json:12:5: touchpoint \"Checkout\" is missing required field \"stage\"",
                        "v1-names-in-v2.polku.json:12:5: touchpoint \"Checkout\" is missing required field \"lane\"",
                        "v1-names-in-v2.polku.json:12:40: touchpoint \"Checkout\": unknown field \"stageId\"",
                        "v1-names-in-v2.polku.json:12:57: touchpoint \"Checkout\": unknown field \"laneId\""),
                broken("missing-required.polku.json",
                        "missing-required.polku.json:12:5: touchpoint \"Checkout\" is missing required field \"id\"",
                        "missing-required.polku.json:12:5: touchpoint \"Checkout\" is missing required field \"stage\"",
                        "missing-required.polku.json:14:20: connection \"c1\" is missing required field \"to\""),
                broken("duplicate-key.polku.json", "duplicate-key.polku.json:5:3: duplicate key \"title\""),
                broken("nan.polku.json",
                        "nan.polku.json:12:65: NaN is not a number JSON allows; numbers must be finite"),
                broken("infinity.polku.json",
                        "infinity.polku.json:4:45: -Infinity is not a number JSON allows; numbers must be finite"),
                broken("huge-number.polku.json", "huge-number.polku.json:4:46: number 1e400 is too large"),
                broken("long-number.polku.json", "long-number.polku.json:4:46: a number has more than 100 digits"),
                broken("empty.polku.json", "empty.polku.json: the file is empty"),
                broken("binary.polku.json",
                        "binary.polku.json: the file is not a Polku map; it seems to be a PNG image. Open a Polku map file "
                                + "(*.polku.json) instead."),
                broken("invalid-utf8.polku.json",
                        "invalid-utf8.polku.json:4:16: invalid UTF-8 (byte 0xE9); map files must be UTF-8 text"),
                broken("utf16.polku.json",
                        "utf16.polku.json:1:1: the file is UTF-16 text; map files must be saved as UTF-8"),
                broken("not-an-object.polku.json",
                        "not-an-object.polku.json:1:1: a map file must be a JSON object starting with '{'"),
                broken("trailing-content.polku.json",
                        "trailing-content.polku.json:2:1: unexpected content after the end of the map"),
                broken("comment.polku.json", "comment.polku.json:3:3: comments are not allowed in JSON"),
                broken("trailing-comma.polku.json", "trailing-comma.polku.json:6:3: unexpected character ']'; "
                        + "a value is missing here (is there a comma too many?)"),
                broken("missing-comma.polku.json",
                        "missing-comma.polku.json:3:3: unexpected character '\"'; a comma or closing bracket "
                                + "is missing"));
    }

    private static Arguments broken(String file, String... lines) {
        return Arguments.of(file, List.of(lines));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void brokenFileGivesExactlyTheseLines(String file, List<String> expected) throws IOException {
        byte[] bytes = resource(file);
        assertThatThrownBy(() -> MapCodec.read(bytes, file))
                .isInstanceOfSatisfying(MapFileException.class, e ->
                        assertThat(e.problems().stream().map(BrokenFilesTest::english).toList())
                                .containsExactlyElementsOf(expected));
    }

    @Test
    void every_file_in_the_corpus_is_asserted() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/broken"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> asserted = corpus().map(a -> (String) a.get()[0]).sorted().toList();
            assertThat(asserted).isEqualTo(onDisk);
        }
    }

    @Test
    void deepNestingIsRefusedFastWithoutStackOverflow() {
        int depth = 200_000;
        String text = "{\"schemaVersion\": 2, \"id\": \"m\", \"title\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        MapFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchMapFileException(bytes, "deep.polku.json"));
        assertThat(e.problems()).extracting(BrokenFilesTest::english).containsExactly(
                "deep.polku.json:1:105: the file nests arrays or objects deeper than 64 levels");
    }

    @Test
    void sixtyMegabyteStringIsRefusedFast() {
        byte[] bytes = new byte[60 * 1024 * 1024];
        byte[] head = "{\"schemaVersion\": 2, \"id\": \"m\", \"title\": \"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        java.util.Arrays.fill(bytes, head.length, bytes.length - 2, (byte) 'a');
        bytes[bytes.length - 2] = '"';
        bytes[bytes.length - 1] = '}';
        MapFileException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> catchMapFileException(bytes, "long.polku.json"));
        assertThat(e.problems()).extracting(BrokenFilesTest::english).containsExactly(
                "long.polku.json:1:42: a text value is longer than 1,000,000 characters");
    }

    @Test
    void millionsOfTinyValuesAreRefusedBeforeTheyExhaustMemory() {
        StringBuilder text = new StringBuilder("{\"schemaVersion\": 2, \"id\": \"m\", \"tags\": [");
        text.append("\"a\",".repeat(15_000_000)).append("\"a\"]}");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        MapFileException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> catchMapFileException(bytes, "many.polku.json"));
        assertThat(e.problems()).extracting(BrokenFilesTest::english).containsExactly(
                "many.polku.json:1:4000030: the file has more than 1,000,000 values");
    }

    @Test
    void utf8ByteOrderMarkIsAcceptedAndColumnsIgnoreIt() throws Exception {
        byte[] body = resource("unknown-field.polku.json");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        MapFileException e = catchMapFileException(withBom, "bom.polku.json");
        assertThat(e.problems()).extracting(BrokenFilesTest::english).containsExactly(
                "bom.polku.json:13:7: touchpoint \"Checkout\": unknown field \"colour\"",
                "bom.polku.json:15:3: unknown field \"theme\"");

        byte[] valid = resource("../maps/store-bus.polku.json");
        byte[] validWithBom = new byte[valid.length + 3];
        System.arraycopy(withBom, 0, validWithBom, 0, 3);
        System.arraycopy(valid, 0, validWithBom, 3, valid.length);
        assertThat(MapCodec.read(validWithBom, "x")).isEqualTo(MapCodec.read(valid, "x"));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.polku.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(MapFiles.MAX_BYTES + 1); // sparse: no real 64 MiB is written
        }
        assertThatThrownBy(() -> MapFiles.load(big))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.problems())
                        .extracting(BrokenFilesTest::english)
                        .containsExactly(big + ": the file is 64 MiB, larger than the 64 MiB limit for map files"));
    }

    @Test
    void missingFileIsAProblemToo(@TempDir Path dir) {
        Path none = dir.resolve("none.polku.json");
        assertThatThrownBy(() -> MapFiles.load(none))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.problems())
                        .extracting(BrokenFilesTest::english).containsExactly(none + ": no such file"));
    }

    /** The located line an English reader sees. */
    static String english(Problem p) {
        return p.in(Localization.ENGLISH);
    }

    private static MapFileException catchMapFileException(byte[] bytes, String name) {
        try {
            MapCodec.read(bytes, name);
        } catch (MapFileException e) {
            return e;
        }
        throw new AssertionError("expected " + name + " to be refused");
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = BrokenFilesTest.class.getResourceAsStream("/broken/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
