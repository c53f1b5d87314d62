package fi.polku.io;

import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Save and load on disk: what is saved loads back, a broken map is never written, the old file is kept. */
class MapFilesTest {
    private final JourneyMap map = JourneyMap.empty("m", "Kauppa")
            .withStages(List.of(new Stage("s1", "Ennen")))
            .withLanes(List.of(fi.polku.model.Lane.channel("l1", "Web", fi.polku.model.ChannelType.WEB)))
            .withTouchpoints(List.of(Touchpoint.create("t1", "Checkout", "s1", "l1").withImportance(4.0)));

    @Test
    void saveThenLoadGivesTheSameMapAndKeepsABackup(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kauppa.polku.json");
        MapFiles.save(map, file);
        MapFiles.save(map.withTitle("Kauppa 2"), file);
        assertThat(MapFiles.load(file)).isEqualTo(map.withTitle("Kauppa 2"));
        assertThat(MapFiles.load(dir.resolve("kauppa.polku.json.bak"))).isEqualTo(map);
    }

    @Test
    void everySaveOfAChangedMapStampsModifiedAndKeepsCreated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kauppa.polku.json");
        java.time.Instant created = java.time.Instant.parse("2026-10-05T09:00:00Z");
        JourneyMap opened = map.withTimestamps(created, created);
        java.util.List<java.time.Instant> seen = new java.util.ArrayList<>();
        for (String now : List.of("2026-12-06T05:40:12.345Z", "2026-12-06T05:41:00.001Z", "2026-12-07T08:00:00Z")) {
            MapFiles.saveChanged(opened, file, java.time.Instant.parse(now));
            JourneyMap loaded = MapFiles.load(file);
            assertThat(loaded.created()).isEqualTo(created);
            seen.add(loaded.modified());
            opened = loaded;
        }
        assertThat(seen).containsExactly(java.time.Instant.parse("2026-12-06T05:40:12Z"),
                java.time.Instant.parse("2026-12-06T05:41:00Z"), java.time.Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(Files.readString(file)).contains("\"created\": \"2026-10-05T09:00:00Z\"")
                .contains("\"modified\": \"2026-12-07T08:00:00Z\"");
    }

    @Test
    void aMapWithoutCreatedGetsItOnItsFirstSave(@TempDir Path dir) throws Exception {
        java.time.Instant now = java.time.Instant.parse("2026-12-06T05:40:00Z");
        JourneyMap written = MapFiles.saveChanged(map.withTimestamps(null, null), dir.resolve("m.polku.json"), now);
        assertThat(written.created()).isEqualTo(now);
        assertThat(written.modified()).isEqualTo(now);
    }

    @Test
    void invalidMapIsRefusedAndTheFileIsLeftAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kauppa.polku.json");
        MapFiles.save(map, file);
        byte[] before = Files.readAllBytes(file);
        JourneyMap broken = map.withTouchpoints(List.of(
                Touchpoint.create("t1", "Checkout", "s9", "l1").withImportance(7.0)));
        assertThatThrownBy(() -> MapFiles.save(broken, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the map cannot be saved:\n"
                        + "touchpoint \"Checkout\" refers to stage \"s9\", which does not exist at $.touchpoints[0].stage\n"
                        + "touchpoint \"Checkout\": importance 7 is outside 1–5 at $.touchpoints[0].importance");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
