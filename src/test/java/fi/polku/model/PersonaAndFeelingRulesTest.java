package fi.polku.model;

import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A card may name only personas and feelings the map has; repair drops the others and keeps the rest. */
class PersonaAndFeelingRulesTest {
    private static JourneyMap map(Touchpoint card, List<Feeling> feelings) {
        return JourneyMap.empty("m", "Bus")
                .withPersonas(List.of(new Persona("p1", "Eeva", "", "#CC79A7")))
                .withFeelings(feelings)
                .withStages(List.of(new Stage("s1", "Ennen")))
                .withLanes(List.of(new Lane("l1", "Web", LaneKind.CHANNEL, null)))
                .withTouchpoints(List.of(card))
                .withPresentation(new Presentation(List.of("matrix")));
    }

    private static List<String> messages(JourneyMap map) {
        return MapValidator.validate(map).stream()
                .map(v -> v.path() + ": " + v.message().in(Localization.ENGLISH)).toList();
    }

    @Test
    void aCardNamingAPersonaOrFeelingTheMapLacksIsALocatedProblem() {
        Touchpoint card = Touchpoint.create("t1", "Kassa", "s1", "l1").withPersonaIds(List.of("p1", "p7"))
                .withFeeling("gloomy").withIntendedFeeling("relieved");
        assertThat(messages(map(card, List.of()))).containsExactly(
                "$.touchpoints[0].personas[1]: touchpoint \"Kassa\" is marked for persona \"p7\", which does not exist",
                "$.touchpoints[0].feeling: touchpoint \"Kassa\" names feeling \"gloomy\", which is not in the map's "
                        + "feelings");
        // With a vocabulary of its own, the map's words are the only ones: the built-in "relieved" is gone.
        assertThat(messages(map(card, List.of(new Feeling("gloomy", "Synkkä", -9)))))
                .anyMatch(m -> m.startsWith("$.feelings[0].emotion:"))
                .anyMatch(m -> m.startsWith("$.touchpoints[0].intendedFeeling:"))
                .noneMatch(m -> m.startsWith("$.touchpoints[0].feeling:"));
    }

    @Test
    void repairDropsWhatACardCannotNameAndKeepsColoursFeelingsAndSlides() {
        Touchpoint card = Touchpoint.create("t1", "Kassa", "s1", "l1").withPersonaIds(List.of("p1", "p7"))
                .withFeeling("gloomy").withIntendedFeeling("relieved");
        MapRepair.Result result = MapRepair.repair(map(card, List.of(new Feeling("relieved", "Helpottunut", 5))));
        JourneyMap mended = result.map();
        assertThat(result.left()).isEmpty();
        Touchpoint t = mended.touchpoints().getFirst();
        assertThat(t.personaIds()).containsExactly("p1");
        assertThat(t.feeling()).isNull();
        assertThat(t.intendedFeeling()).isEqualTo("relieved");
        assertThat(mended.feelings()).containsExactly(new Feeling("relieved", "Helpottunut", 3));
        assertThat(mended.personas().getFirst().colour()).isEqualTo("#CC79A7");
        assertThat(mended.presentation().hiddenSlides()).containsExactly("matrix");
    }

    @Test
    void aValidMapWithEveryVersion5FieldIsLeftAsItIs() {
        Touchpoint card = Touchpoint.create("t1", "Kassa", "s1", "l1").withPersonaIds(List.of("p1"))
                .withFeeling("anxious").withIntendedFeeling("relieved");
        JourneyMap valid = map(card, List.of());
        assertThat(MapValidator.validate(valid)).isEmpty();
        assertThat(MapRepair.repair(valid).map()).isEqualTo(valid);
    }
}
