package fi.polku.io;

import fi.polku.model.JourneyMap;
import fi.polku.model.MapValidator;
import fi.polku.testing.Seeded;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The file keeps a map exactly: what is written reads back equal, and writing is byte-for-byte stable. */
class MapCodecPropertyTest {

    @Test
    void generatedMapsAreValid() {
        Seeded.check(300, ValidMaps.edgeCases(), ValidMaps::map,
                map -> assertThat(MapValidator.validate(map)).isEmpty());
    }

    @Test
    void readOfWriteGivesTheSameMap() {
        Seeded.check(300, ValidMaps.edgeCases(), ValidMaps::map, map -> {
            byte[] bytes = MapCodec.write(map);
            JourneyMap back = MapCodec.read(bytes, "generated.polku.json");
            assertThat(back).isEqualTo(map);
            assertThat(MapCodec.write(back)).isEqualTo(bytes);
        });
    }

    @Test
    void canonicalTextHasNoBomUnixLineEndsAndAFinalNewline() {
        Seeded.check(100, ValidMaps.edgeCases(), ValidMaps::map, map -> {
            byte[] bytes = MapCodec.write(map);
            assertThat(bytes[0]).isEqualTo((byte) '{');
            assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
            assertThat(bytes[bytes.length - 2]).isEqualTo((byte) '}');
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r");
        });
    }
}
