package fi.polku.io;

import fi.polku.io.migrate.Migrations;
import fi.polku.model.JourneyMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Old files open as the current version; files from a newer Polku are refused, never half-read. */
class MigrationTest {

    @Test
    void version1FileLoadsEqualToItsVersion2Form() throws Exception {
        JourneyMap v1 = MapCodec.read(map("store-bus-v1.polku.json"), "store-bus-v1.polku.json");
        JourneyMap v2 = MapCodec.read(map("store-bus.polku.json"), "store-bus.polku.json");
        assertThat(v1).isEqualTo(v2);
        assertThat(v1.touchpoints().getFirst().stageId()).isEqualTo("s1");
        assertThat(v1.touchpoints().getFirst().laneId()).isEqualTo("l1");
    }

    @Test
    void savingAMigratedFileWritesTheCurrentVersion() throws Exception {
        JourneyMap v1 = MapCodec.read(map("store-bus-v1.polku.json"), "old.polku.json");
        String written = new String(MapCodec.write(v1), StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\n  \"schemaVersion\": " + Migrations.CURRENT_VERSION + ",\n")
                .contains("\"stage\": \"s1\"").doesNotContain("stageId");
        assertThat(MapCodec.write(v1)).isEqualTo(map("store-bus.polku.json"));
    }

    @Test
    void version1ProblemsPointAtTheOriginalKeyEvenAfterRenaming() {
        String v1 = """
                {
                  "schemaVersion": 1,
                  "id": "m",
                  "stages": [ { "id": "s1" } ],
                  "lanes": [ { "id": "l1", "kind": "text" } ],
                  "touchpoints": [
                    { "id": "t1", "title": "Checkout",
                      "stageId": "s9", "laneId": "l1" }
                  ]
                }
                """;
        assertThatThrownBy(() -> MapCodec.read(v1.getBytes(StandardCharsets.UTF_8), "old.polku.json"))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "old.polku.json:8:7: touchpoint \"Checkout\" refers to stage \"s9\", which does not exist"));
    }

    @Test
    void newerVersionIsRefusedNamingBothVersions() {
        byte[] newer = "{\"schemaVersion\": 7, \"id\": \"m\", \"stages\": [], \"warpDrive\": {}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MapCodec.read(newer, "future.polku.json"))
                .isInstanceOfSatisfying(MapFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("future.polku.json:1:2: the file has "
                                + "schemaVersion 7, but this version of Polku reads only up to schemaVersion 5; "
                                + "open it with a newer Polku"));
    }

    @Test
    void aVersionTooLargeForAnIntegerIsStillNamedAsNewer() {
        assertThatThrownBy(() -> MapCodec.read("{\"schemaVersion\": 99999999999, \"id\": \"m\"}"
                .getBytes(StandardCharsets.UTF_8), "big.polku.json")).hasMessage("big.polku.json:1:2: the file has "
                + "schemaVersion 99999999999, but this version of Polku reads only up to schemaVersion 5; "
                + "open it with a newer Polku");
    }

    @Test
    void versionZeroAndFractionalVersionsAreRefused() {
        assertThatThrownBy(() -> MapCodec.read("{\"schemaVersion\": 0, \"id\": \"m\"}".getBytes(StandardCharsets.UTF_8),
                "z.polku.json")).hasMessage("z.polku.json:1:2: schemaVersion 0 does not exist");
        assertThatThrownBy(() -> MapCodec.read("{\"schemaVersion\": 1.5, \"id\": \"m\"}".getBytes(StandardCharsets.UTF_8),
                "f.polku.json")).hasMessage("f.polku.json:1:2: \"schemaVersion\" must be a whole number, found number 1.5");
    }

    private static byte[] map(String name) throws IOException {
        try (InputStream in = MigrationTest.class.getResourceAsStream("/maps/" + name)) {
            return in.readAllBytes();
        }
    }
}
