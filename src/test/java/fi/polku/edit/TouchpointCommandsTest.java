package fi.polku.edit;

import fi.polku.model.ChannelType;
import fi.polku.model.Connection;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.MapInvariants;
import fi.polku.model.Measurement;
import fi.polku.model.Opportunity;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fi.polku.text.Localization.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TouchpointCommandsTest {
    /** Stages s1, s2; lanes l1, l2; cell (s1,l1) holds a, b, c; (s2,l1) holds d. */
    static JourneyMap sample() {
        return JourneyMap.empty("m", "Kauppa")
                .withStages(List.of(new Stage("s1", "Ennen ostoa"), new Stage("s2", "Osto")))
                .withLanes(List.of(Lane.channel("l1", "Verkko", ChannelType.WEB),
                        Lane.channel("l2", "Myymälä", ChannelType.STORE)))
                .withTouchpoints(List.of(Touchpoint.create("a", "Haku", "s1", "l1"),
                        Touchpoint.create("d", "Kassa", "s2", "l1"),
                        Touchpoint.create("b", "Vertailu", "s1", "l1"),
                        Touchpoint.create("c", "Kori", "s1", "l1")))
                .withConnections(List.of(new Connection("c1", "a", "d", ""), new Connection("c2", "b", "c", "")))
                .withOpportunities(List.of(new Opportunity("o1", "Nopeampi haku", List.of("a", "b"), null)));
    }

    static List<String> cell(JourneyMap map, String stage, String lane) {
        return map.cell(stage, lane).stream().map(Touchpoint::id).toList();
    }

    @Test
    void addPutsANewCardWithAFreshIdAtTheIndexInItsCell() {
        JourneyMap map = sample();
        AddTouchpoint add = AddTouchpoint.in(map, "s1", "l1", 1, "Uusi");
        JourneyMap out = add.apply(map);

        assertThat(map.touchpoint(add.touchpoint().id())).isEmpty();
        assertThat(cell(out, "s1", "l1")).containsExactly("a", add.touchpoint().id(), "b", "c");
        assertThat(add.description().in(ENGLISH)).isEqualTo("Add touchpoint");
        assertThat(MapInvariants.problems(out)).isEmpty();
    }

    @Test
    void addPastTheEndOrIntoAnEmptyCellAppends() {
        JourneyMap map = sample();
        AddTouchpoint last = AddTouchpoint.in(map, "s1", "l1", 99, "Loppu");
        assertThat(cell(last.apply(map), "s1", "l1")).containsExactly("a", "b", "c", last.touchpoint().id());
        AddTouchpoint empty = AddTouchpoint.in(map, "s2", "l2", 0, "Yksin");
        assertThat(cell(empty.apply(map), "s2", "l2")).containsExactly(empty.touchpoint().id());
    }

    @Test
    void addToAMissingCellIsRefused() {
        JourneyMap map = sample();
        assertThatThrownBy(() -> AddTouchpoint.in(map, "s9", "l1", 0, "x").apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s9");
    }

    @Test
    void deleteRemovesConnectionsAndOpportunityLinks() {
        DeleteTouchpoints delete = new DeleteTouchpoints(List.of("a", "c"));
        JourneyMap out = delete.apply(sample());

        assertThat(out.touchpoints()).extracting(Touchpoint::id).containsExactly("d", "b");
        assertThat(out.connections()).isEmpty();
        assertThat(out.opportunities().getFirst().touchpointIds()).containsExactly("b");
        assertThat(delete.description().in(ENGLISH)).isEqualTo("Delete 2 touchpoints");
        assertThat(new DeleteTouchpoints(List.of("a")).description().in(ENGLISH)).isEqualTo("Delete touchpoint");
        assertThat(MapInvariants.problems(out)).isEmpty();
    }

    @Test
    void moveReordersWithinACellByDropGap() {
        JourneyMap map = sample();
        assertThat(cell(new MoveTouchpoints(List.of("a"), "s1", "l1", 2).apply(map), "s1", "l1"))
                .containsExactly("b", "a", "c");
        assertThat(cell(new MoveTouchpoints(List.of("a"), "s1", "l1", 3).apply(map), "s1", "l1"))
                .containsExactly("b", "c", "a");
        assertThat(cell(new MoveTouchpoints(List.of("c"), "s1", "l1", 0).apply(map), "s1", "l1"))
                .containsExactly("c", "a", "b");
    }

    @Test
    void moveToWhereItAlreadyIsChangesNothing() {
        JourneyMap map = sample();
        assertThat(new MoveTouchpoints(List.of("a"), "s1", "l1", 0).apply(map)).isSameAs(map);
        assertThat(new MoveTouchpoints(List.of("a"), "s1", "l1", 1).apply(map)).isSameAs(map);
        assertThat(new MoveTouchpoints(List.of("zz"), "s1", "l1", 1).apply(map)).isSameAs(map);
    }

    @Test
    void movingASelectionKeepsItsRelativeOrderInTheNewCell() {
        MoveTouchpoints move = new MoveTouchpoints(List.of("c", "a"), "s2", "l1", 0);
        JourneyMap out = move.apply(sample());

        assertThat(cell(out, "s2", "l1")).containsExactly("a", "c", "d");
        assertThat(cell(out, "s1", "l1")).containsExactly("b");
        assertThat(move.description().in(ENGLISH)).isEqualTo("Move 2 touchpoints");
        assertThat(out.connections()).isEqualTo(sample().connections());
    }

    @Test
    void inspectorEditOfManyCardsIsOneCommandWithACountedDescription() {
        JourneyMap map = sample();
        UpdateTouchpoints edit = UpdateTouchpoints.importance(map, List.of("a", "b", "c"), 5.0);
        JourneyMap out = edit.apply(map);

        assertThat(out.touchpoints()).filteredOn(t -> t.importance() != null)
                .extracting(Touchpoint::id).containsExactly("a", "b", "c");
        assertThat(edit.description().in(ENGLISH)).isEqualTo("Set importance of 3 touchpoints");
        assertThat(UpdateTouchpoints.importance(map, List.of("d"), 2.0).description().in(ENGLISH))
                .isEqualTo("Set importance of “Kassa”");
        assertThat(UpdateTouchpoints.evidence(map, List.of("d"), EvidenceLevel.OBSERVED).apply(map)
                .touchpoint("d").orElseThrow().evidence()).isEqualTo(EvidenceLevel.OBSERVED);
    }

    @Test
    void inspectorEditThatChangesNothingReturnsTheSameMap() {
        JourneyMap map = sample();
        assertThat(UpdateTouchpoints.owner(map, List.of("a"), "").apply(map)).isSameAs(map);
    }

    @Test
    void inspectorEditCannotLeaveTheScaleOrTheCell() {
        JourneyMap map = sample();
        assertThatThrownBy(() -> UpdateTouchpoints.importance(map, List.of("a"), 6.0).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("“Haku”");
        assertThatThrownBy(() -> UpdateTouchpoints.emotion(map, List.of("a"), -4.0).apply(map))
                .isInstanceOf(IllegalArgumentException.class);
        UpdateTouchpoints sneakyMove = new UpdateTouchpoints(List.of("a"), t -> t.withCell("s2", "l2"),
                Text.of("step.touchpoint.title", 1), null);
        assertThatThrownBy(() -> sneakyMove.apply(map)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicatePutsEachCopyRightAfterItsOriginal() {
        JourneyMap map = sample();
        DuplicateTouchpoints dup = DuplicateTouchpoints.of(map, List.of("b", "a", "missing"));
        JourneyMap out = dup.apply(map);

        assertThat(dup.ids()).containsExactly("a", "b");
        String copyA = dup.copyIds().get(0);
        String copyB = dup.copyIds().get(1);
        assertThat(cell(out, "s1", "l1")).containsExactly("a", copyA, "b", copyB, "c");
        assertThat(out.touchpoint(copyA).orElseThrow().withId("a")).isEqualTo(map.touchpoint("a").orElseThrow());
        assertThat(dup.description().in(ENGLISH)).isEqualTo("Duplicate 2 touchpoints");
        assertThat(MapInvariants.problems(out)).isEmpty();
    }

    @Test
    void pasteIntoCellGivesNewIdsAndDropsUnknownMetrics() {
        JourneyMap map = sample();
        Touchpoint fromElsewhere = Touchpoint.create("a", "Vieras", "s77", "l77")
                .withMeasurements(List.of(Measurement.of("nps", 20, 50, LocalDate.of(2026, 5, 1), "Kysely",
                        EvidenceLevel.OBSERVED), Measurement.of("waiting", 3, 10, null, "", null)))
                .withTargets(Map.of("nps", 40.0, "waiting", 2.0));
        PasteTouchpoints paste = PasteTouchpoints.intoCell(map, List.of(fromElsewhere, map.touchpoint("d").orElseThrow()),
                "s1", "l1", 1);
        JourneyMap out = paste.apply(map);

        List<String> ids = paste.newIds();
        assertThat(ids).doesNotContainAnyElementsOf(List.of("a", "b", "c", "d"));
        assertThat(cell(out, "s1", "l1")).containsExactly("a", ids.get(0), ids.get(1), "b", "c");
        Touchpoint pasted = out.touchpoint(ids.get(0)).orElseThrow();
        assertThat(pasted.measurements()).extracting(Measurement::metric).containsExactly("nps");
        assertThat(pasted.targets()).containsOnlyKeys("nps");
        assertThat(paste.description().in(ENGLISH)).isEqualTo("Paste 2 touchpoints");
        assertThat(MapInvariants.problems(out)).isEmpty();
    }

    @Test
    void pasteKeepingCellsMapsOnlyMissingStagesAndLanesToTheTarget() {
        JourneyMap map = sample();
        Touchpoint known = map.touchpoint("d").orElseThrow();
        Touchpoint unknown = Touchpoint.create("x", "Vieras", "s77", "l1");
        PasteTouchpoints paste = PasteTouchpoints.keepingCells(map, List.of(known, unknown), "s1", "l2", 0);
        JourneyMap out = paste.apply(map);

        assertThat(cell(out, "s2", "l1")).containsExactly("d", paste.newIds().get(0));
        assertThat(cell(out, "s1", "l2")).containsExactly(paste.newIds().get(1));
        assertThat(MapInvariants.problems(out)).isEmpty();
    }

    @Test
    void measurementsAndTargetsAreCheckedAndNamedInTheMenu() {
        JourneyMap map = sample();
        List<Measurement> ms = List.of(Measurement.of("csat", 82, 120, null, "Kysely", EvidenceLevel.OBSERVED));
        SetMeasurements set = SetMeasurements.of(map, "d", ms);
        assertThat(set.apply(map).touchpoint("d").orElseThrow().measurements()).isEqualTo(ms);
        assertThat(set.description().in(ENGLISH)).isEqualTo("Edit measurements of “Kassa”");

        SetTargets targets = SetTargets.of(map, "d", Map.of("csat", 90.0));
        assertThat(targets.apply(map).touchpoint("d").orElseThrow().targets()).containsEntry("csat", 90.0);
        assertThat(targets.description().in(ENGLISH)).isEqualTo("Set targets of “Kassa”");

        assertThatThrownBy(() -> SetTargets.of(map, "d", Map.of("nps", 150.0)).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NPS");
        assertThatThrownBy(() -> SetMeasurements.of(map, "d",
                List.of(Measurement.of("unknown", 1, null, null, "", null))).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    }
}
