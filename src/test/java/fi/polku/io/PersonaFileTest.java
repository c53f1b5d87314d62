package fi.polku.io;

import fi.polku.edit.AddPersona;
import fi.polku.edit.MarkPersona;
import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A persona with its colour, and the marks on touchpoints, survive a save and a reload; a v4 file migrates. */
class PersonaFileTest {
    @TempDir
    Path dir;

    private static final String V4 = """
            {
              "schemaVersion": 4,
              "id": "m",
              "title": "Kauppa",
              "language": "fi",
              "personas": [ { "id": "p1", "name": "Eeva", "description": "Äiti" } ],
              "stages": [ { "id": "s1", "name": "Ennen" } ],
              "lanes": [ { "id": "l1", "name": "Verkko", "kind": "channel", "channel": "web" } ],
              "touchpoints": [ { "id": "t1", "title": "Kassa", "stage": "s1", "lane": "l1" } ]
            }
            """;

    @Test
    void aPersonaAndItsMarksSurviveASaveAndAReload() throws Exception {
        Path v4 = dir.resolve("vanha.polku.json");
        Files.writeString(v4, V4, StandardCharsets.UTF_8);
        JourneyMap map = MapFiles.load(v4);
        AddPersona add = AddPersona.named(map, "Matkailija");
        map = add.apply(map);
        map = MarkPersona.of(map, List.of("t1"), add.persona().id(), true).apply(map);
        Path saved = dir.resolve("uusi.polku.json");
        MapFiles.save(map, saved);
        JourneyMap reloaded = MapFiles.load(saved);
        assertThat(reloaded.personas()).isEqualTo(map.personas());
        assertThat(reloaded.personas().getLast()).isEqualTo(new Persona("p2", "Matkailija", "", "#CC6677"));
        assertThat(reloaded.touchpoint("t1").orElseThrow().personaIds()).containsExactly("p2");
        assertThat(Files.readString(saved)).contains("\"colour\"", "\"schemaVersion\"");
    }

    @Test
    void aVersionFourFileMigratesWithItsPersonasAndNoMarks() throws Exception {
        Path v4 = dir.resolve("vanha.polku.json");
        Files.writeString(v4, V4, StandardCharsets.UTF_8);
        JourneyMap map = MapFiles.load(v4);
        assertThat(map.personas()).containsExactly(new Persona("p1", "Eeva", "Äiti", null));
        assertThat(map.touchpoint("t1").orElseThrow().personaIds()).isEmpty();
    }
}
