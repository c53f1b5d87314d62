package fi.polku.model.diff;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MapMergeTest {
    private static final JourneyMap BASE = MapGenerator.generate(40, 4, 5, 11);

    @Test
    void editsOfDifferentCardsMergeCleanlyWithBoth() {
        Touchpoint a = BASE.touchpoints().get(1);
        Touchpoint b = BASE.touchpoints().get(2);
        JourneyMap ours = replace(BASE, a.withTitle("Meidän"));
        JourneyMap theirs = replace(BASE, b.withTitle("Heidän").withImportance(1.0));
        MergeResult merged = MapMerge.merge(BASE, ours, theirs, MergeSide.OURS);
        assertThat(merged.isClean()).isTrue();
        assertThat(merged.map().touchpoint(a.id()).orElseThrow().title()).isEqualTo("Meidän");
        assertThat(merged.map().touchpoint(b.id()).orElseThrow().title()).isEqualTo("Heidän");
        assertThat(merged.map().touchpoint(b.id()).orElseThrow().importance()).isEqualTo(1.0);
    }

    @Test
    void differentFieldsOfOneCardMergeToo() {
        Touchpoint a = BASE.touchpoints().get(1);
        MergeResult merged = MapMerge.merge(BASE, replace(BASE, a.withTitle("Uusi")),
                replace(BASE, a.withOwner("Talous")), MergeSide.OURS);
        assertThat(merged.isClean()).isTrue();
        assertThat(merged.map().touchpoint(a.id()).orElseThrow())
                .isEqualTo(a.withTitle("Uusi").withOwner("Talous"));
    }

    @Test
    void oneFieldChangedTwoWaysIsAConflictWithItsLocationDecidedForTheSideAsked() {
        Touchpoint a = BASE.touchpoints().get(3);
        JourneyMap ours = replace(BASE, a.withTitle("Meidän"));
        JourneyMap theirs = replace(BASE, a.withTitle("Heidän"));
        MergeResult mine = MapMerge.merge(BASE, ours, theirs, MergeSide.OURS);
        assertThat(mine.conflicts()).containsExactly(new MergeConflict(ItemKind.TOUCHPOINT, a.id(), "Meidän",
                MergeConflict.Type.BOTH_CHANGED, "title", a.title(), "Meidän", "Heidän"));
        assertThat(mine.isClean()).isFalse();
        assertThat(mine.map().touchpoint(a.id()).orElseThrow().title()).isEqualTo("Meidän");
        MergeResult yours = MapMerge.merge(BASE, ours, theirs, MergeSide.THEIRS);
        assertThat(yours.map().touchpoint(a.id()).orElseThrow().title()).isEqualTo("Heidän");
    }

    @Test
    void deletedOnOneSideAndChangedOnTheOtherIsAConflict() {
        Touchpoint a = BASE.touchpoints().get(4);
        JourneyMap ours = replace(BASE, a.withNotes("tärkeä"));
        JourneyMap theirs = BASE.withTouchpoints(BASE.touchpoints().stream().filter(t -> t != a).toList())
                .withConnections(withoutArrowsTo(BASE, a.id())).withOpportunities(List.of());
        MergeResult kept = MapMerge.merge(BASE, ours, theirs, MergeSide.OURS);
        assertThat(kept.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(MergeConflict.Type.DELETED_BY_THEIRS);
            assertThat(c.id()).isEqualTo(a.id());
            assertThat(c.field()).isNull();
        });
        assertThat(kept.map().touchpoint(a.id())).isPresent();
        MergeResult deleted = MapMerge.merge(BASE, ours, theirs, MergeSide.THEIRS);
        assertThat(deleted.map().touchpoint(a.id())).isEmpty();
        assertThat(deleted.problems()).isEmpty();
        assertThat(MapMerge.merge(BASE, theirs, ours, MergeSide.OURS).conflicts()).singleElement()
                .extracting(MergeConflict::type).isEqualTo(MergeConflict.Type.DELETED_BY_OURS);
    }

    @Test
    void aCardMovedToTwoDifferentCellsIsOneConflictOverItsCell() {
        Touchpoint a = BASE.touchpoints().getFirst();
        String stage = BASE.stages().get(2).id();
        MergeResult merged = MapMerge.merge(BASE, replace(BASE, a.withCell(stage, "l1")),
                replace(BASE, a.withCell(stage, "l2")), MergeSide.THEIRS);
        assertThat(merged.conflicts()).singleElement().extracting(MergeConflict::field)
                .isEqualTo(MergeConflict.CELL);
        assertThat(merged.map().touchpoint(a.id()).orElseThrow().laneId()).isEqualTo("l2");
    }

    @Test
    void cardsBothSidesAddToOneCellKeepOursThenTheirsEachInTheirOrder() {
        JourneyMap base = MapDiffTest.cell(List.of("t1", "t2"));
        JourneyMap ours = MapDiffTest.cell(List.of("t1", "t2", "t3", "t4"));
        JourneyMap theirs = base.withTouchpoints(List.of(card("t1"), card("t2"), card("t3").withTitle("Heidän 1"),
                card("t4").withTitle("Heidän 2")));
        MergeResult merged = MapMerge.merge(base, ours, theirs, MergeSide.OURS);
        assertThat(merged.isClean()).isTrue();
        // Both made "t3" and "t4": theirs are two other cards and get the next free ids.
        assertThat(merged.map().touchpoints()).extracting(Touchpoint::id, Touchpoint::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("t1", "T1"), org.assertj.core.groups.Tuple.tuple("t2", "T2"),
                org.assertj.core.groups.Tuple.tuple("t3", "T3"), org.assertj.core.groups.Tuple.tuple("t4", "T4"),
                org.assertj.core.groups.Tuple.tuple("t5", "Heidän 1"),
                org.assertj.core.groups.Tuple.tuple("t6", "Heidän 2"));
    }

    @Test
    void aCardTheyAddInTheMiddleStaysAfterTheCardItFollowed() {
        JourneyMap base = MapDiffTest.cell(List.of("a", "b", "c"));
        MergeResult merged = MapMerge.merge(base, MapDiffTest.cell(List.of("c", "a", "b")),
                MapDiffTest.cell(List.of("a", "n", "b", "c")), MergeSide.OURS);
        assertThat(merged.map().touchpoints()).extracting(Touchpoint::id).containsExactly("c", "a", "n", "b");
    }

    @Test
    void aRenamedAdditionTakesItsReferencesAlong() {
        JourneyMap base = MapDiffTest.cell(List.of("t1"));
        JourneyMap ours = MapDiffTest.cell(List.of("t1", "t2"));
        JourneyMap theirs = base.withTouchpoints(List.of(card("t1"), card("t2").withTitle("Heidän")))
                .withConnections(List.of(new Connection("c1", "t1", "t2", "")));
        MergeResult merged = MapMerge.merge(base, ours, theirs, MergeSide.OURS);
        assertThat(merged.isClean()).isTrue();
        assertThat(merged.map().connections()).containsExactly(new Connection("c1", "t1", "t3", ""));
        assertThat(merged.map().touchpoint("t3").orElseThrow().title()).isEqualTo("Heidän");
    }

    @Test
    void anArrowToACardTheOtherSideDeletedIsAProblemNoSideDecides() {
        JourneyMap base = MapDiffTest.cell(List.of("t1", "t2"));
        JourneyMap ours = base.withConnections(List.of(new Connection("c1", "t1", "t2", "")));
        JourneyMap theirs = MapDiffTest.cell(List.of("t1"));
        MergeResult merged = MapMerge.merge(base, ours, theirs, MergeSide.THEIRS);
        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.problems()).isNotEmpty();
        assertThat(merged.isClean()).isFalse();
    }

    @Test
    void theMapsPropertiesMergeAndTheLaterSaveTimeWins() {
        Instant early = Instant.parse("2027-01-01T00:00:00Z");
        Instant late = Instant.parse("2027-02-01T00:00:00Z");
        JourneyMap ours = BASE.withTitle("Uusi nimi").withTimestamps(BASE.created(), late);
        JourneyMap theirs = BASE.withScenario("Uusi skenaario").withTimestamps(BASE.created(), early);
        MergeResult merged = MapMerge.merge(BASE, ours, theirs, MergeSide.OURS);
        assertThat(merged.isClean()).isTrue();
        assertThat(merged.map().title()).isEqualTo("Uusi nimi");
        assertThat(merged.map().scenario()).isEqualTo("Uusi skenaario");
        assertThat(merged.map().modified()).isEqualTo(late);
    }

    private static Touchpoint card(String id) {
        return Touchpoint.create(id, id.toUpperCase(), "s1", "l1");
    }

    private static List<Connection> withoutArrowsTo(JourneyMap map, String id) {
        return map.connections().stream().filter(c -> !c.from().equals(id) && !c.to().equals(id)).toList();
    }

    private static JourneyMap replace(JourneyMap map, Touchpoint changed) {
        List<Touchpoint> out = new ArrayList<>(map.touchpoints());
        out.replaceAll(t -> t.id().equals(changed.id()) ? changed : t);
        return map.withTouchpoints(out);
    }
}
