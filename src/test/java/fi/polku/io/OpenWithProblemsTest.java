package fi.polku.io;

import fi.polku.model.JourneyMap;
import fi.polku.model.MapValidator;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A well-formed file whose values break the map's rules is offered mended: only the offending values are
 * clamped or dropped, and every problem keeps the location it has in the original file.
 */
class OpenWithProblemsTest {

    @Test
    void outOfScaleValuesAreClampedAndLocated() throws IOException {
        MapFileException e = refused("out-of-range.polku.json");
        assertThat(e.problems()).extracting(p -> p.in(Localization.ENGLISH)).contains(
                "out-of-range.polku.json:17:7: touchpoint \"Checkout\": importance 7 is outside 1–5");
        JourneyMap map = e.repaired().orElseThrow();
        assertThat(MapValidator.validate(map)).isEmpty();
        Touchpoint card = map.touchpoints().getFirst();
        assertThat(card.importance()).isEqualTo(5.0);
        assertThat(card.emotion()).isEqualTo(-3.0);
        Measurement nps = card.measurements().getFirst();
        // The map's own "nps" metric takes another id, so the measurement is on the built-in NPS scale.
        assertThat(nps.value()).isEqualTo(100.0);
        assertThat(nps.n()).isNull();
        assertThat(nps.hasInterval()).isFalse();
        assertThat(card.measurements().get(1).dateFrom()).isNull();
        assertThat(card.title()).isEqualTo("Checkout");
        assertThat(map.metric("wait").orElseThrow().min()).isEqualTo(0.0);
        assertThat(map.opportunities().getFirst().estimate().shareConverting()).isEqualTo(1.0);
    }

    @Test
    void danglingReferencesAreDroppedAndACardMovesToTheFirstCell() throws IOException {
        MapFileException e = refused("dangling-references.polku.json");
        JourneyMap map = e.repaired().orElseThrow();
        Touchpoint card = map.touchpoints().getFirst();
        assertThat(card.stageId()).isEqualTo("s1");
        assertThat(card.laneId()).isEqualTo("l1");
        assertThat(card.measurements()).isEmpty();
        assertThat(card.targets()).isEmpty();
        assertThat(map.connections()).isEmpty();
        assertThat(map.opportunities().getFirst().touchpointIds()).containsExactly("t1");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void duplicateIdsAreRenamedAndTheFirstOwnerKeepsItsId() throws IOException {
        JourneyMap map = refused("duplicate-ids.polku.json").repaired().orElseThrow();
        assertThat(MapValidator.validate(map)).isEmpty();
        assertThat(map.touchpoints()).extracting(Touchpoint::id).startsWith("t1").contains("t1-2", "s1-2");
    }

    @Test
    void structuralDamageIsNotOfferedMended() throws IOException {
        assertThat(refused("truncated.polku.json").repaired()).isEmpty();
        assertThat(refused("wrong-types.polku.json").repaired()).isEmpty();
    }

    private static MapFileException refused(String name) throws IOException {
        try {
            MapCodec.read(BrokenFilesTest.resource(name), name);
        } catch (MapFileException e) {
            return e;
        }
        throw new AssertionError(name + " was read without problems");
    }
}
