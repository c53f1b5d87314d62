package fi.polku.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.Feeling;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.MapPath;
import fi.polku.model.Persona;
import fi.polku.model.Presentation;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema version 5: personas with colours on touchpoints, named and intended feelings, the map's feeling
 * vocabulary and the presenter's slide choice are read by both readers, written canonically, and a version 4
 * file reads as it is.
 */
class PersonasAndFeelingsFileTest {
    static JourneyMap withPersonasAndFeelings() {
        return JourneyMap.empty("m", "Bus")
                .withPersonas(List.of(new Persona("p1", "Eeva", "Eläkeläinen", "#CC79A7"),
                        new Persona("p2", "Mikko", "", null)))
                .withFeelings(List.of(new Feeling("relieved", "Helpottunut", 1), new Feeling("anxious", "", -2)))
                .withStages(List.of(new Stage("s1", "Ennen")))
                .withLanes(List.of(new Lane("l1", "Web", LaneKind.CHANNEL, null)))
                .withTouchpoints(List.of(
                        Touchpoint.create("t1", "Kassa", "s1", "l1").withEmotion(-2.0).withFeeling("anxious")
                                .withIntendedFeeling("relieved").withPersonaIds(List.of("p1", "p2")),
                        Touchpoint.create("t2", "Jono", "s1", "l1")))
                .withPresentation(new Presentation(List.of("stage:s1", "matrix")));
    }

    @Test
    void theNewFieldsAreWrittenInTheDocumentedPlacesAndReadBackEqualByBothReaders() throws Exception {
        JourneyMap map = withPersonasAndFeelings();
        String written = new String(MapCodec.write(map), StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\n  \"schemaVersion\": 5,\n")
                .contains("\"description\": \"Eläkeläinen\",\n      \"colour\": \"#CC79A7\"")
                .contains("\"feelings\": [\n    {\n      \"id\": \"relieved\",\n      \"name\": \"Helpottunut\","
                        + "\n      \"emotion\": 1\n    },")
                .contains("\"emotion\": -2,\n      \"feeling\": \"anxious\",\n      \"intendedFeeling\": \"relieved\",")
                .contains("\"personas\": [\n        \"p1\",\n        \"p2\"\n      ]")
                .endsWith("""
                  "presentation": {
                    "hiddenSlides": [
                      "stage:s1",
                      "matrix"
                    ]
                  }
                }
                """);
        assertThat(written.indexOf("\"feelings\"")).isLessThan(written.indexOf("\"stages\""));
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        assertThat(MapCodec.read(bytes, "m.polku.json")).isEqualTo(map);
        assertThat(StreamingMapDecoder.read(bytes, MapFileText.cleanStart(bytes))).as("the quick path").isEqualTo(map);
        assertThat(treeDecoded(bytes)).as("the thorough path").isEqualTo(map);
        assertThat(MapCodec.write(MapCodec.read(bytes, "m.polku.json"))).as("canonical, stable").isEqualTo(bytes);
    }

    @Test
    void aMapWithoutThemWritesNoneOfThem() throws Exception {
        String written = new String(MapCodec.write(JourneyMap.empty("m", "x")
                .withStages(List.of(new Stage("s1", "A"))).withLanes(List.of(new Lane("l1", "W", LaneKind.CHANNEL, null)))
                .withTouchpoints(List.of(Touchpoint.create("t1", "T", "s1", "l1")))), StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("feeling").doesNotContain("presentation").doesNotContain("colour")
                .doesNotContain("personas");
    }

    @Test
    void aVersion4FileLoadsUnchangedTheQuickWayAndIsSavedAsVersion5() throws Exception {
        byte[] v4 = resource("store-bus-v4.polku.json");
        byte[] v5 = resource("store-bus.polku.json");
        assertThat(new String(v4, StandardCharsets.UTF_8)).contains("\"schemaVersion\": 4,");
        assertThat(Migrations.readsAsCurrent(4)).isTrue();
        JourneyMap fromV4 = MapCodec.read(v4, "old.polku.json");
        assertThat(fromV4).isEqualTo(MapCodec.read(v5, "new.polku.json"));
        assertThat(fromV4.feelings()).isEmpty();
        assertThat(fromV4.presentation()).isEqualTo(Presentation.NONE);
        assertThat(fromV4.touchpoints()).allSatisfy(t -> {
            assertThat(t.personaIds()).isEmpty();
            assertThat(t.feeling()).isNull();
        });
        assertThat(StreamingMapDecoder.read(v4, MapFileText.cleanStart(v4))).isEqualTo(fromV4);
        assertThat(MapCodec.write(fromV4)).isEqualTo(v5);
    }

    private static JourneyMap treeDecoded(byte[] bytes) throws MapFileException {
        LocatedJsonReader.Parsed parsed = LocatedJsonReader.read(MapFileText.decode(bytes, "f"), "f");
        ObjectNode root = parsed.root();
        return MapTreeDecoder.decode(root, MapPath.ROOT, new DecodeProblems("f", parsed.locations()));
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = PersonasAndFeelingsFileTest.class.getResourceAsStream("/maps/" + name)) {
            return in.readAllBytes();
        }
    }
}
