package fi.polku.io;

import fi.polku.model.JourneyMap;
import fi.polku.model.MapValidator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The file keeps a map exactly: what is written reads back equal, and writing is byte-for-byte stable. */
class MapCodecPropertyTest {

    @Provide
    Arbitrary<JourneyMap> validMaps() {
        return ValidMaps.maps();
    }

    @Property(tries = 300)
    void generatedMapsAreValid(@ForAll("validMaps") JourneyMap map) {
        assertThat(MapValidator.validate(map)).isEmpty();
    }

    @Property(tries = 300)
    void readOfWriteGivesTheSameMap(@ForAll("validMaps") JourneyMap map) throws MapFileException {
        byte[] bytes = MapCodec.write(map);
        JourneyMap back = MapCodec.read(bytes, "generated.polku.json");
        assertThat(back).isEqualTo(map);
        assertThat(MapCodec.write(back)).isEqualTo(bytes);
    }

    @Property(tries = 100)
    void canonicalTextHasNoBomUnixLineEndsAndAFinalNewline(@ForAll("validMaps") JourneyMap map) {
        byte[] bytes = MapCodec.write(map);
        assertThat(bytes[0]).isEqualTo((byte) '{');
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        assertThat(bytes[bytes.length - 2]).isEqualTo((byte) '}');
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r");
    }
}
