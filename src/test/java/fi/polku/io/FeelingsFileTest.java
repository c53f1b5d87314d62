package fi.polku.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.Feeling;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.MapPath;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema version 5 as the feelings use it: a touchpoint's named and intended feeling and the map's own
 * vocabulary survive a save and a reload by both readers; a version 4 file opens with neither.
 */
class FeelingsFileTest {
    static JourneyMap felt() {
        return JourneyMap.empty("m", "Bussi").withLanguage("fi")
                .withStages(List.of(new Stage("s1", "Ennen")))
                .withLanes(List.of(new Lane("l1", "Tunne", LaneKind.EMOTION, null)))
                .withFeelings(List.of(new Feeling("ymmalla", "ymmällään", -1), new Feeling("ilo", "iloinen", 2.5)))
                .withTouchpoints(List.of(
                        Touchpoint.create("t1", "Kassa", "s1", "l1").withEmotion(-1.0).withFeeling("ymmalla")
                                .withIntendedFeeling("ilo"),
                        Touchpoint.create("t2", "Jono", "s1", "l1").withIntendedFeeling("ilo")));
    }

    @Test
    void feelingsAndTheVocabularySurviveASaveAndAReloadByBothReaders() throws Exception {
        JourneyMap map = felt();
        byte[] bytes = MapCodec.write(map);
        String written = new String(bytes, StandardCharsets.UTF_8);
        assertThat(written).contains("\"feeling\": \"ymmalla\"", "\"intendedFeeling\": \"ilo\"", "\"ymmällään\"");
        assertThat(MapCodec.read(bytes, "m.polku.json")).isEqualTo(map);
        assertThat(StreamingMapDecoder.read(bytes, MapFileText.cleanStart(bytes))).as("the quick path").isEqualTo(map);
        assertThat(treeDecoded(bytes)).as("the thorough path").isEqualTo(map);
        assertThat(MapCodec.write(MapCodec.read(bytes, "m.polku.json"))).as("canonical, stable").isEqualTo(bytes);
    }

    @Test
    void aMapWithTheBuiltInWordsStoresNoVocabulary() throws Exception {
        JourneyMap map = felt().withFeelings(List.of()).withTouchpoints(List.of(
                Touchpoint.create("t1", "Kassa", "s1", "l1").withFeeling("frustrated").withIntendedFeeling("satisfied")));
        byte[] bytes = MapCodec.write(map);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\"feelings\"");
        assertThat(MapCodec.read(bytes, "m.polku.json")).isEqualTo(map);
    }

    @Test
    void aVersion4FileOpensWithNoFeelingsAndIsSavedAsVersion5() throws Exception {
        String v4 = """
                {
                  "schemaVersion": 4,
                  "id": "m",
                  "title": "Bussi",
                  "stages": [ { "id": "s1", "name": "Ennen" } ],
                  "lanes": [ { "id": "l1", "name": "Tunne", "kind": "emotion" } ],
                  "touchpoints": [ { "id": "t1", "title": "Kassa", "stage": "s1", "lane": "l1", "emotion": -2 } ]
                }
                """;
        byte[] bytes = v4.getBytes(StandardCharsets.UTF_8);
        JourneyMap read = MapCodec.read(bytes, "old.polku.json");
        assertThat(read.feelings()).isEmpty();
        Touchpoint kassa = read.touchpoint("t1").orElseThrow();
        assertThat(kassa.emotion()).isEqualTo(-2.0);
        assertThat(kassa.feeling()).isNull();
        assertThat(kassa.intendedFeeling()).isNull();
        assertThat(StreamingMapDecoder.read(bytes, MapFileText.cleanStart(bytes))).isEqualTo(read);
        assertThat(new String(MapCodec.write(read), StandardCharsets.UTF_8)).startsWith("{\n  \"schemaVersion\": 5,\n");
    }

    private static JourneyMap treeDecoded(byte[] bytes) throws MapFileException {
        LocatedJsonReader.Parsed parsed = LocatedJsonReader.read(MapFileText.decode(bytes, "f"), "f");
        ObjectNode root = parsed.root();
        assertThat(Migrations.readsAsCurrent(root.get("schemaVersion").intValue())).isTrue();
        return MapTreeDecoder.decode(root, MapPath.ROOT, new DecodeProblems("f", parsed.locations()));
    }
}
