package fi.polku.edit;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.model.PersonaColours;
import fi.polku.model.PersonaJourney;
import fi.polku.model.Stage;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static fi.polku.text.Localization.ENGLISH;
import static fi.polku.text.Localization.FINNISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each persona edit is one named undo step: add, rename and describe (typing merges), colour, delete (which
 * takes the persona off every card in the same step), and marking cards for a persona.
 */
class PersonaCommandsTest {
    private static JourneyMap map() {
        return JourneyMap.empty("m", "Kauppa").withStages(List.of(new Stage("s1", "Ennen")))
                .withLanes(List.of(new Lane("l1", "Kanava", LaneKind.TEXT, null)))
                .withPersonas(List.of(new Persona("p1", "Eeva", "Äiti", "#332288")))
                .withTouchpoints(List.of(Touchpoint.create("t1", "Kassa", "s1", "l1").withPersonaIds(List.of("p1")),
                        Touchpoint.create("t2", "Bussi", "s1", "l1"),
                        Touchpoint.create("t3", "Kuvasto", "s1", "l1")))
                .withConnections(List.of(new Connection("c1", "t1", "t2", ""), new Connection("c2", "t2", "t3", "")));
    }

    @Test
    void anAddedPersonaGetsAFreshIdAndTheNextFreeColourAndUndoTakesItAway() {
        History history = new History(map());
        AddPersona add = AddPersona.named(history.current(), "Matkailija");
        history.execute(add);
        assertThat(add.persona().id()).isEqualTo("p2");
        assertThat(add.persona().colour()).isEqualTo(PersonaColours.PALETTE.get(1));
        assertThat(history.current().personas()).extracting(Persona::name).containsExactly("Eeva", "Matkailija");
        assertThat(history.undoDescription().orElseThrow().in(ENGLISH)).isEqualTo("Add persona “Matkailija”");
        history.undo();
        assertThat(history.current()).isEqualTo(map());
    }

    @Test
    void typingANameOrADescriptionIsOneStepPerFieldAndAColourIsAStepOfItsOwn() {
        History history = new History(map());
        for (String typed : List.of("E", "Ee", "Eev", "Eevi")) {
            history.execute(UpdatePersona.rename(history.current(), "p1", typed));
        }
        history.endMerge();
        for (String typed : List.of("Ä", "Äiti ja")) {
            history.execute(UpdatePersona.describe(history.current(), "p1", typed));
        }
        history.endMerge();
        history.execute(UpdatePersona.colour(history.current(), "p1", "#CC6677"));
        assertThat(history.current().personas().getFirst()).isEqualTo(new Persona("p1", "Eevi", "Äiti ja", "#CC6677"));
        assertThat(UpdatePersona.colour(map(), "p1", "#CC6677").description().in(ENGLISH))
                .isEqualTo("Change colour of persona “Eeva”");
        assertThat(UpdatePersona.rename(map(), "p1", "Eevi").description().in(FINNISH))
                .isEqualTo("Muuta persoonan nimeksi ”Eevi”");
        assertThat(history.undoDescription().orElseThrow().in(ENGLISH)).isEqualTo("Change colour of persona “Eevi”");
        history.undo();
        assertThat(history.current().personas().getFirst().colour()).isEqualTo("#332288");
        history.undo();
        assertThat(history.current().personas().getFirst().description()).isEqualTo("Äiti");
        history.undo();
        assertThat(history.current()).isEqualTo(map());
        assertThat(UpdatePersona.rename(map(), "p9", "x").apply(map())).isEqualTo(map());
    }

    @Test
    void deletingAPersonaTakesItOffEveryCardInTheSameStep() {
        History history = new History(map());
        history.execute(DeletePersona.of(history.current(), "p1"));
        assertThat(history.current().personas()).isEmpty();
        assertThat(history.current().touchpoint("t1").orElseThrow().personaIds()).isEmpty();
        assertThat(history.undoDescription().orElseThrow().in(ENGLISH)).isEqualTo("Delete persona “Eeva”");
        history.undo();
        assertThat(history.current()).isEqualTo(map());
        assertThat(new DeletePersona("p9", "x").apply(map())).isEqualTo(map());
    }

    @Test
    void markingSeveralCardsIsOneStepAndKeepsThePersonasInTheMapsOrder() {
        JourneyMap two = map().withPersonas(List.of(new Persona("p1", "Eeva", "", null),
                new Persona("p2", "Jöns", "", null)));
        History history = new History(two);
        history.execute(MarkPersona.of(two, List.of("t2", "t3"), "p2", true));
        history.execute(MarkPersona.of(history.current(), List.of("t1", "t2"), "p2", true));
        history.execute(MarkPersona.of(history.current(), List.of("t2"), "p1", true));
        JourneyMap out = history.current();
        assertThat(out.touchpoint("t1").orElseThrow().personaIds()).containsExactly("p1", "p2");
        assertThat(out.touchpoint("t2").orElseThrow().personaIds()).containsExactly("p1", "p2");
        assertThat(out.touchpoint("t3").orElseThrow().personaIds()).containsExactly("p2");
        assertThat(MarkPersona.of(two, List.of("t2", "t3"), "p2", true).description().in(ENGLISH))
                .isEqualTo("Mark 2 touchpoints for persona Jöns");
        assertThat(MarkPersona.of(two, List.of("t1"), "p1", false).description().in(FINNISH))
                .isEqualTo("Poista persoona Eeva kosketuspisteen ”Kassa” kohdalta");
        history.execute(MarkPersona.of(out, List.of("t1", "t2", "t3"), "p2", false));
        assertThat(history.current().touchpoint("t3").orElseThrow().personaIds()).isEmpty();
        history.undo();
        assertThat(history.current()).isEqualTo(out);
        assertThatThrownBy(() -> MarkPersona.of(two, List.of("t1"), "p9", true).apply(two))
                .hasMessageContaining("p9");
    }

    @Test
    void aPersonasJourneyHoldsTheirCardsAndTheCardsForEveryone() {
        JourneyMap two = map().withPersonas(List.of(new Persona("p1", "Eeva", "", null),
                new Persona("p2", "Jöns", "", null)));
        two = MarkPersona.of(two, List.of("t3"), "p2", true).apply(two);
        JourneyMap eeva = PersonaJourney.cardsFor(two, "p1");
        assertThat(eeva.touchpoints()).extracting(Touchpoint::id).containsExactly("t1", "t2");
        assertThat(eeva.connections()).extracting(Connection::id).containsExactly("c1");
        assertThat(PersonaJourney.of(two, two.personas().get(1)).personas()).extracting(Persona::name)
                .containsExactly("Jöns");
        assertThat(PersonaJourney.find(two, " jöns ")).map(Persona::id).hasValue("p2");
        assertThat(PersonaJourney.find(two, "p1")).map(Persona::name).hasValue("Eeva");
        assertThat(PersonaJourney.find(two, "Matti")).isEmpty();
        // Dropped at the end among Eeva's cards (t1, t2), a card lands after t2, before Jöns's t3.
        assertThat(PersonaJourney.indexInCell(two, "p1", Set.of(), "s1", "l1", 2)).isEqualTo(2);
        assertThat(PersonaJourney.indexInCell(two, "p2", Set.of("t1"), "s1", "l1", 1)).isEqualTo(1);
    }
}
