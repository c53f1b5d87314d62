package fi.polku.edit;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapInvariants;
import fi.polku.model.Opportunity;
import fi.polku.model.Persona;
import fi.polku.model.Stage;
import fi.polku.model.ValueEstimate;
import fi.polku.text.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fi.polku.text.Localization.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connections, opportunities, map properties, composite steps, ids and menu wording. */
class MapLevelCommandsTest {
    private final JourneyMap map = TouchpointCommandsTest.sample();

    @Test
    void connectAddsOneArrowAndRefusesDanglingOrSelfArrows() {
        AddConnection add = AddConnection.between(map, "d", "b", "jos");
        JourneyMap out = add.apply(map);
        assertThat(out.connections()).endsWith(new Connection(add.connection().id(), "d", "b", "jos"));
        assertThat(add.description().in(ENGLISH)).isEqualTo("Connect touchpoints");
        assertThat(AddConnection.between(map, "a", "d", "again").apply(map)).isSameAs(map);
        assertThatThrownBy(() -> AddConnection.between(map, "a", "zz", "").apply(map))
                .hasMessageContaining("zz");
        assertThatThrownBy(() -> AddConnection.between(map, "a", "a", "").apply(map))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeleteConnection("c1").apply(map).connections()).extracting(Connection::id).containsExactly("c2");
        assertThat(new DeleteConnection("c9").apply(map)).isSameAs(map);
    }

    @Test
    void opportunitiesAreAddedEditedAndDeletedWithValidLinks() {
        ValueEstimate bus = new ValueEstimate(40, 0.125, 20, 13, 360, "EUR");
        AddOpportunity add = AddOpportunity.create(map, "Katalogi bussiin", List.of("d"), bus);
        JourneyMap out = add.apply(map);
        assertThat(out.opportunities()).hasSize(2);
        assertThat(out.opportunities().getLast().estimate().yearlyValue()).isEqualTo(468_000.0);

        Opportunity edited = new Opportunity(add.opportunity().id(), "Katalogi ja kahvi", List.of("d", "a"), bus);
        assertThat(new UpdateOpportunity(edited).apply(out).opportunities().getLast()).isEqualTo(edited);
        assertThat(new UpdateOpportunity(new Opportunity("o1", "x", List.of("nope"), null)).mergeKey())
                .isEqualTo(MergeKey.of("opportunity", "o1"));
        assertThatThrownBy(() -> new UpdateOpportunity(new Opportunity("o1", "x", List.of("nope"), null)).apply(map))
                .hasMessageContaining("nope");
        assertThat(new DeleteOpportunity("o1").apply(map).opportunities()).isEmpty();
        assertThat(new DeleteOpportunity("o1").apply(map).touchpoints()).isEqualTo(map.touchpoints());
        assertThat(List.of(add.description().in(ENGLISH), new UpdateOpportunity(edited).description().in(ENGLISH),
                new DeleteOpportunity("o1").description().in(ENGLISH)))
                .containsExactly("Add opportunity", "Edit opportunity", "Delete opportunity");
    }

    @Test
    void mapPropertiesAreSetTogetherAndUnchangedPropertiesChangeNothing() {
        SetMapProperties same = SetMapProperties.of(map);
        assertThat(same.apply(map)).isSameAs(map);
        SetMapProperties props = new SetMapProperties("Bussimatka", "Kuvaus", "fi", "Eeva lähtee ostoksille",
                List.of(new Persona("p1", "Eeva", "")));
        JourneyMap out = props.apply(map);
        assertThat(out.title()).isEqualTo("Bussimatka");
        assertThat(out.description()).isEqualTo("Kuvaus");
        assertThat(out.language()).isEqualTo("fi");
        assertThat(out.scenario()).isEqualTo("Eeva lähtee ostoksille");
        assertThat(out.personas()).extracting(Persona::name).containsExactly("Eeva");
        assertThat(props.description().in(ENGLISH)).isEqualTo("Edit map properties");
        assertThatThrownBy(() -> new SetMapProperties("", "", "fi", "", List.of(new Persona("a", "Clash", "")))
                .apply(map)).hasMessageContaining("\"a\"");
    }

    @Test
    void compositeIsOneUndoStepWithItsOwnDescription() {
        List<Command> parts = new ArrayList<>();
        JourneyMap m = map;
        for (int i = 0; i < 1204; i++) {
            AddTouchpoint add = AddTouchpoint.in(m, "s2", "l2", Integer.MAX_VALUE, "Vastaus " + i);
            m = add.apply(m);
            parts.add(add);
        }
        CompositeCommand importing = new CompositeCommand(Text.of("step.importAnswers", 1204, "kysely.csv"), parts);
        History h = new History(map);
        h.execute(importing);

        assertThat(h.current()).isEqualTo(m);
        assertThat(h.undoDescription().map(t -> t.in(ENGLISH))).contains("Import 1,204 answers from kysely.csv");
        h.undo();
        assertThat(h.canUndo()).isFalse();
        assertThat(h.current()).isEqualTo(map);
        CompositeCommand nothing = CompositeCommand.of(Text.of("step.renameStage"), new RenameStage("s1", "Ennen ostoa"));
        assertThat(nothing.apply(map)).isSameAs(map);
    }

    @Test
    void failingPartLeavesTheHistoryUntouched() {
        History h = new History(map);
        CompositeCommand broken = CompositeCommand.of(Text.of("step.renameStage"), new RenameStage("s1", "x"),
                AddConnection.between(map, "a", "missing", ""));
        assertThatThrownBy(() -> h.execute(broken)).isInstanceOf(IllegalArgumentException.class);
        assertThat(h.current()).isSameAs(map);
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void idGeneratorNeverClashesAcrossKinds() {
        JourneyMap tricky = map.withStages(List.of(new Stage("t1", "A"),
                new Stage("t7", "B"), new Stage("t07x", "C")));
        IdGenerator ids = new IdGenerator(tricky);
        assertThat(ids.next("t")).isEqualTo("t8");
        assertThat(ids.next("t")).isEqualTo("t9");
        assertThat(ids.next("s")).isEqualTo("s1");
        assertThat(IdGenerator.next(map, "c")).isEqualTo("c3");
        assertThat(ids.isTaken("t8")).isTrue();
    }

    @Test
    void undoWordingIsShortAndCounted() {
        assertThat(UndoText.count(1, "answer", "answers")).isEqualTo("1 answer");
        assertThat(UndoText.count(1204, "answer", "answers")).isEqualTo("1,204 answers");
        assertThat(UndoText.quoted("  Kassa  ")).isEqualTo("“Kassa”");
        assertThat(UndoText.quoted("x".repeat(100))).hasSize(42).endsWith("…”");
        assertThat(UndoText.title(" Kassa \n ja  kahvila ")).isEqualTo("Kassa ja kahvila");
        assertThat(UndoText.touchpoints(map, List.of("d")).in(ENGLISH)).isEqualTo("“Kassa”");
        assertThat(UndoText.touchpoints(map, List.of("a", "d")).in(ENGLISH)).isEqualTo("2 touchpoints");
        assertThat(UndoText.touchpoint(" ").in(ENGLISH)).isEqualTo("touchpoint");
        assertThat(MapInvariants.problems(map)).isEmpty();
    }
}
