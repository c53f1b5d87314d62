package fi.polku.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.io.migrate.Migrations;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapPath;
import fi.polku.model.MapRepair;
import fi.polku.model.Stage;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Touchpoint;
import fi.polku.model.Vote;
import fi.polku.model.Voting;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema version 4: a map's dot-voting round is read by both readers, written canonically and checked. */
class VotingFileTest {
    static JourneyMap voted() {
        return JourneyMap.empty("m", "Bus")
                .withStages(List.of(new Stage("s1", "Ennen")))
                .withLanes(List.of(new Lane("l1", "Web", LaneKind.CHANNEL, null)))
                .withTouchpoints(List.of(Touchpoint.create("t1", "Kassa", "s1", "l1"),
                        Touchpoint.create("t2", "Jono", "s1", "l1")))
                .withVoting(new Voting(2, List.of("Anna", "2"), List.of(new Vote("Anna", "t1"),
                        new Vote("2", "t1"), new Vote("Anna", "t2"))));
    }

    @Test
    void votesAreWrittenInTheDocumentedFormBeforeTheBrandAndReadBackEqualByBothReaders() throws Exception {
        JourneyMap map = voted();
        String written = new String(MapCodec.write(map), StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\n  \"schemaVersion\": 5,\n").endsWith("""
                  ],
                  "voting": {
                    "dotsPerVoter": 2,
                    "voters": [
                      "Anna",
                      "2"
                    ],
                    "votes": [
                      {
                        "voter": "Anna",
                        "touchpoint": "t1"
                      },
                      {
                        "voter": "2",
                        "touchpoint": "t1"
                      },
                      {
                        "voter": "Anna",
                        "touchpoint": "t2"
                      }
                    ]
                  }
                }
                """);
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        assertThat(MapCodec.read(bytes, "m.polku.json")).isEqualTo(map);
        assertThat(StreamingMapDecoder.read(bytes, MapFileText.cleanStart(bytes))).as("the quick path").isEqualTo(map);
        assertThat(treeDecoded(bytes)).as("the thorough path").isEqualTo(map);
        assertThat(MapCodec.write(MapCodec.read(bytes, "m.polku.json"))).as("canonical, stable").isEqualTo(bytes);
    }

    @Test
    void noRoundIsLeftOutAndVotersWithoutVotesAreKept() throws Exception {
        assertThat(new String(MapCodec.write(JourneyMap.empty("m", "x")), StandardCharsets.UTF_8))
                .doesNotContain("voting");
        JourneyMap ready = JourneyMap.empty("m", "x").withVoting(new Voting(3, List.of("1", "2"), List.of()));
        String written = new String(MapCodec.write(ready), StandardCharsets.UTF_8);
        assertThat(written).contains("\"voting\": {\n    \"dotsPerVoter\": 3,\n    \"voters\": [")
                .doesNotContain("\"votes\"");
        assertThat(MapCodec.read(written.getBytes(StandardCharsets.UTF_8), "r.polku.json")).isEqualTo(ready);
    }

    @Test
    void aVersion3FileLoadsUnchangedAndTheQuickWay() throws Exception {
        byte[] v3 = resource("store-bus-v3.polku.json");
        byte[] v4 = resource("store-bus.polku.json");
        assertThat(new String(v3, StandardCharsets.UTF_8)).contains("\"schemaVersion\": 3,");
        JourneyMap fromV3 = MapCodec.read(v3, "old.polku.json");
        assertThat(fromV3).isEqualTo(MapCodec.read(v4, "new.polku.json"));
        assertThat(fromV3.voting()).isEqualTo(Voting.NONE);
        assertThat(StreamingMapDecoder.read(v3, MapFileText.cleanStart(v3))).isEqualTo(fromV3);
        assertThat(MapCodec.write(fromV3)).isEqualTo(v4);
    }

    @Test
    void aDotOnAMissingCardOrFromAnUnlistedVoterIsALocatedProblemThatRepairMends() {
        String text = """
                {
                  "schemaVersion": 4,
                  "id": "m",
                  "stages": [ { "id": "s1" } ],
                  "lanes": [ { "id": "l1", "kind": "text" } ],
                  "touchpoints": [ { "id": "t1", "title": "Kassa", "stage": "s1", "lane": "l1" } ],
                  "voting": {
                    "dotsPerVoter": 0,
                    "voters": [ "Anna", "Anna" ],
                    "votes": [ { "voter": "Anna", "touchpoint": "t1" },
                      { "voter": "Ben", "touchpoint": "t1" },
                      { "voter": "Anna", "touchpoint": "t9" } ]
                  }
                }
                """;
        MapFileException e = refused(text);
        assertThat(e.problems().stream().map(p -> p.in(Locale.ENGLISH)).toList()).containsExactly(
                "v.polku.json:8:5: dot voting: dots per voter 0 is outside 1–99",
                "v.polku.json:9:25: dot voting: voter \"Anna\" is listed twice",
                "v.polku.json:11:9: dot 2 is given by voter \"Ben\", who is not among the voters",
                "v.polku.json:12:26: dot 3 refers to touchpoint \"t9\", which does not exist");
        assertThat(e.problems().stream().map(p -> p.in(Localization.FINNISH)).toList()).contains(
                "v.polku.json:12:26: ääni 3 viittaa kosketuspisteeseen ”t9”, jota ei ole");
        JourneyMap mended = e.repaired().orElseThrow();
        assertThat(mended.voting()).isEqualTo(new Voting(1, List.of("Anna", "Ben"),
                List.of(new Vote("Anna", "t1"), new Vote("Ben", "t1"))));
        assertThat(MapRepair.repair(mended).problems()).isEmpty();
    }

    @Test
    void aWrongTypeInsideTheRoundIsLocatedToo() {
        MapFileException e = refused("""
                {
                  "schemaVersion": 4,
                  "id": "m",
                  "voting": { "dotsPerVoter": "three", "votes": [ { "voter": "1" } ] }
                }
                """);
        assertThat(e.problems().stream().map(p -> p.in(Locale.ENGLISH)).toList()).containsExactly(
                "v.polku.json:4:15: dot voting: \"dotsPerVoter\" must be a whole number, found text \"three\"",
                "v.polku.json:4:51: dot voting dot 1 is missing required field \"touchpoint\"");
    }

    private static MapFileException refused(String text) {
        try {
            MapCodec.read(text.getBytes(StandardCharsets.UTF_8), "v.polku.json");
        } catch (MapFileException e) {
            return e;
        }
        throw new AssertionError("expected the file to be refused");
    }

    /** The map of the thorough path (located reader, tree decoder). */
    private static JourneyMap treeDecoded(byte[] bytes) throws MapFileException {
        LocatedJsonReader.Parsed parsed = LocatedJsonReader.read(MapFileText.decode(bytes, "f"), "f");
        ObjectNode root = parsed.root();
        assertThat(Migrations.readsAsCurrent(root.get("schemaVersion").intValue())).isTrue();
        return MapTreeDecoder.decode(root, MapPath.ROOT, new DecodeProblems("f", parsed.locations()));
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = VotingFileTest.class.getResourceAsStream("/maps/" + name)) {
            return in.readAllBytes();
        }
    }
}
