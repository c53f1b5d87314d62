package fi.polku.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.model.MapPath;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming decoder must give exactly the map the tree decoder gives, and give up on every file the
 * tree path would report anything about, so that opening a file behaves as if it did not exist.
 */
class StreamingMapDecoderTest {

    @Test
    void validFilesGiveTheTreeDecodersMap() throws Exception {
        List<byte[]> files = new ArrayList<>(files("assets/samples"));
        files.add(Files.readAllBytes(Path.of("src/test/resources/maps/store-bus.polku.json")));
        Random random = new Random(11);
        for (int i = 0; i < 12; i++) {
            files.add(MapCodec.write(MapGenerator.generate(random.nextInt(400), 1 + random.nextInt(8),
                    1 + random.nextInt(10), random.nextLong())));
        }
        for (byte[] bytes : files) {
            JourneyMap streamed = StreamingMapDecoder.read(bytes, MapFileText.cleanStart(bytes));
            assertThat(streamed).isNotNull().isEqualTo(treeDecoded(bytes));
        }
    }

    @Test
    void givesUpOnOlderVersionsAndEveryBrokenFileOfTheCorpus() throws Exception {
        byte[] v1 = Files.readAllBytes(Path.of("src/test/resources/maps/store-bus-v1.polku.json"));
        assertThat(StreamingMapDecoder.read(v1, MapFileText.cleanStart(v1))).isNull();
        try (Stream<Path> broken = Files.list(Path.of("src/test/resources/broken"))) {
            for (Path file : broken.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                int start = MapFileText.cleanStart(bytes);
                JourneyMap streamed = start < 0 ? null : StreamingMapDecoder.read(bytes, start);
                // Files broken only by validation rules decode fine; MapCodec then validates them.
                if (streamed != null) {
                    assertThat(streamed).as(file.toString()).isEqualTo(treeDecoded(bytes));
                }
            }
        }
    }

    @Test
    void mutatedFilesGiveTheSameMapEitherWayOrTheStreamingDecoderGivesUp() throws Exception {
        Random random = new Random(20261202L);
        MapFileMutator mutator = new MapFileMutator(random);
        List<byte[]> originals = files("assets/samples");
        int streamedCount = 0;
        int treeCount = 0;
        for (int i = 0; i < 1500; i++) {
            byte[] bytes = mutator.mutate(originals.get(random.nextInt(originals.size()))).bytes();
            int start = MapFileText.cleanStart(bytes);
            JourneyMap streamed = start < 0 ? null : StreamingMapDecoder.read(bytes, start);
            JourneyMap tree = treeDecoded(bytes);
            if (streamed != null) {
                streamedCount++;
                assertThat(streamed).as("mutant %d", i).isEqualTo(tree);
            }
            if (tree != null) {
                treeCount++;
            }
        }
        assertThat(streamedCount).as("mutants streamed").isGreaterThan(100).isEqualTo(treeCount);
    }

    @Test
    void touchpointsShareTheirStagesAndLanesIdStrings() {
        byte[] bytes = MapCodec.write(MapGenerator.generate(300, 5, 6, 3));
        JourneyMap map = StreamingMapDecoder.read(bytes, MapFileText.cleanStart(bytes));
        assertThat(map).isNotNull();
        for (Touchpoint t : map.touchpoints()) {
            assertThat(t.stageId()).isSameAs(map.stage(t.stageId()).orElseThrow().id());
            assertThat(t.laneId()).isSameAs(map.lane(t.laneId()).orElseThrow().id());
        }
    }

    @Test
    void decimalsAreTheDoublesTheJdkReads() {
        Random random = new Random(99);
        List<String> numbers = new ArrayList<>(List.of("0.1", "2.2250738585072011e-308", "4.9e-324", "1e-400",
                "1.7976931348623157e308", "9007199254740993", "9007199254740993.0", "0.30000000000000004",
                "123456789012345678901234567890", "-0.0", "1.00000000000000011102230246251565404236316680908203125",
                "7.2057594037927933e16", "2.4703282292062327e-324", "5e-1", "-3.7E+2"));
        for (int i = 0; i < 3000; i++) {
            numbers.add(switch (i % 3) {
                case 0 -> Double.toString(Double.longBitsToDouble(random.nextLong()) % 1e6);
                case 1 -> (random.nextInt(2000) - 1000) + "." + random.nextInt(1_000_000_000);
                default -> new java.math.BigDecimal(random.nextDouble() * 100).toPlainString();
            });
        }
        numbers.removeIf(n -> n.contains("NaN") || n.contains("Infinity"));
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 2, \"id\": \"m\", \"stages\": [{\"id\": \"s\"}],"
                + " \"lanes\": [{\"id\": \"l\", \"kind\": \"emotion\"}], \"touchpoints\": [{\"id\": \"t\","
                + " \"stage\": \"s\", \"lane\": \"l\", \"measurements\": [");
        for (int i = 0; i < numbers.size(); i++) {
            json.append(i == 0 ? "" : ", ").append("{\"metric\": \"nps\", \"value\": ").append(numbers.get(i)).append('}');
        }
        byte[] bytes = json.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
        JourneyMap map = StreamingMapDecoder.read(bytes, MapFileText.cleanStart(bytes));
        assertThat(map).isNotNull().isEqualTo(treeDecoded(bytes));
        List<Measurement> read = map.touchpoints().getFirst().measurements();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(Double.doubleToRawLongBits(read.get(i).value())).as(numbers.get(i))
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(numbers.get(i))));
        }
    }

    /** The map of the thorough path (located reader, tree decoder), or null when it reports a problem. */
    private static JourneyMap treeDecoded(byte[] bytes) {
        try {
            LocatedJsonReader.Parsed parsed = LocatedJsonReader.read(MapFileText.decode(bytes, "f"), "f");
            ObjectNode root = parsed.root();
            if (!root.path("schemaVersion").isInt() || !Migrations.readsAsCurrent(root.get("schemaVersion").intValue())) {
                return null;
            }
            return MapTreeDecoder.decode(root, MapPath.ROOT, new DecodeProblems("f", parsed.locations()));
        } catch (MapFileException e) {
            return null;
        }
    }

    private static List<byte[]> files(String folder) throws Exception {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".polku.json")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }
}
