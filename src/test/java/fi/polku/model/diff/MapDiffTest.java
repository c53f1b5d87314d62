package fi.polku.model.diff;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Persona;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MapDiffTest {
    private static final JourneyMap MAP = MapGenerator.generate(60, 4, 5, 7);

    @Test
    void aMapDiffersFromItselfInNothing() {
        assertThat(MapDiff.between(MAP, MAP).isEmpty()).isTrue();
        JourneyMap copy = MapGenerator.generate(60, 4, 5, 7);
        assertThat(MapDiff.between(MAP, copy).changes()).isEmpty();
    }

    @Test
    void aChangedCardListsEachChangedFieldWithBothValues() {
        Touchpoint t = MAP.touchpoints().get(3);
        JourneyMap after = replace(MAP, t.withTitle("Uusi nimi").withImportance(5.0).withOwner("Talous"));
        MapDiff diff = MapDiff.between(MAP, after);

        assertThat(diff.changes()).hasSize(1);
        ItemChange change = diff.touchpoint(t.id()).orElseThrow();
        assertThat(change.status()).isEqualTo(ItemChange.Status.CHANGED);
        assertThat(change.moved()).isFalse();
        assertThat(change.title()).isEqualTo("Uusi nimi");
        assertThat(change.field("title")).contains(new FieldChange("title", t.title(), "Uusi nimi"));
        assertThat(change.field("importance").orElseThrow().after()).isEqualTo(5.0);
        assertThat(change.field("description")).isEmpty();
    }

    @Test
    void everyFieldOfACardIsComparedIncludingOnesAddedLater() {
        // Built from the record's components, as the difference is: a new field needs no change to pass.
        Touchpoint t = MAP.touchpoints().get(0);
        Touchpoint other = new Touchpoint(t.id(), t.title() + "!", "kuvaus", t.stageId(), t.laneId(), 9.0, 9.0,
                "x", List.of("y"), "z", t.evidence() == EvidenceLevel.OBSERVED ? EvidenceLevel.ASSUMED
                : EvidenceLevel.OBSERVED, List.of(Measurement.of("nps", 99, 1, null, "", null)), Map.of("nps", 1.0),
                List.of("p9"), "relieved", "delighted");
        ItemChange change = MapDiff.between(MAP, replace(MAP, other)).touchpoint(t.id()).orElseThrow();
        List<String> expected = Arrays.stream(Touchpoint.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> !List.of("id", "stageId", "laneId").contains(n)).toList();
        assertThat(change.fields()).extracting(FieldChange::field).containsExactlyElementsOf(expected);
    }

    @Test
    void measurementsAreOneFieldHoldingBothLists() {
        Touchpoint t = MAP.touchpoints().get(5);
        List<Measurement> more = new ArrayList<>(t.measurements());
        more.add(Measurement.of("csat", 80, 40, LocalDate.of(2026, 11, 1), "kysely", EvidenceLevel.OBSERVED));
        ItemChange change = MapDiff.between(MAP, replace(MAP, t.withMeasurements(more))).touchpoint(t.id())
                .orElseThrow();
        assertThat(change.fields()).containsExactly(new FieldChange("measurements", t.measurements(), more));
    }

    @Test
    void aCardInAnotherCellHasMovedAndKeepsNoFieldChangeForItsCell() {
        Touchpoint t = MAP.touchpoints().get(0);
        String otherStage = MAP.stages().get(3).id();
        JourneyMap after = replace(MAP, t.withCell(otherStage, t.laneId()));
        ItemChange change = MapDiff.between(MAP, after).touchpoint(t.id()).orElseThrow();
        assertThat(change.moved()).isTrue();
        assertThat(change.changed()).isFalse();
        assertThat(change.before().stageId()).isEqualTo(t.stageId());
        assertThat(change.after().stageId()).isEqualTo(otherStage);
        assertThat(MapDiff.between(MAP, after).changes()).hasSize(1);
    }

    @Test
    void reorderingACellMovesOnlyTheCardThatWasDragged() {
        JourneyMap map = cell(List.of("a", "b", "c", "d"));
        JourneyMap after = cell(List.of("b", "c", "a", "d"));
        MapDiff diff = MapDiff.between(map, after);
        assertThat(diff.changes()).extracting(ItemChange::id).containsExactly("a");
        assertThat(diff.touchpoint("a").orElseThrow().before().index()).isZero();
        assertThat(diff.touchpoint("a").orElseThrow().after().index()).isEqualTo(2);
    }

    @Test
    void addingOrRemovingACardMovesNoOther() {
        JourneyMap map = cell(List.of("a", "b", "c"));
        MapDiff added = MapDiff.between(map, cell(List.of("a", "n", "b", "c")));
        assertThat(added.changes()).extracting(ItemChange::id, ItemChange::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("n", ItemChange.Status.ADDED));
        assertThat(added.touchpoint("n").orElseThrow().after().index()).isEqualTo(1);
        MapDiff removed = MapDiff.between(map, cell(List.of("a", "c")));
        assertThat(removed.changes()).extracting(ItemChange::id, ItemChange::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", ItemChange.Status.REMOVED));
        assertThat(removed.count(ItemChange.Status.REMOVED)).isEqualTo(1);
    }

    @Test
    void aStageMovedToTheEndIsTheOnlyStageThatMoved() {
        List<Stage> stages = new ArrayList<>(MAP.stages());
        Stage first = stages.removeFirst();
        stages.add(first.withName("Lopuksi"));
        MapDiff diff = MapDiff.between(MAP, MAP.withStages(stages));
        assertThat(diff.of(ItemKind.STAGE)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(first.id());
            assertThat(c.moved()).isTrue();
            assertThat(c.before()).isEqualTo(Place.at(0));
            assertThat(c.after()).isEqualTo(Place.at(3));
            assertThat(c.fields()).containsExactly(new FieldChange("name", first.name(), "Lopuksi"));
        });
    }

    @Test
    void theMapsOwnPropertiesAreOneItemButItsSaveTimeIsNot() {
        JourneyMap after = MAP.withTitle("Uusi").withLanguage("en")
                .withTimestamps(MAP.created(), Instant.parse("2030-01-01T00:00:00Z"));
        MapDiff diff = MapDiff.between(MAP, after);
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ItemKind.MAP);
            assertThat(c.fields()).extracting(FieldChange::field).containsExactly("title", "language");
        });
        assertThat(MapDiff.between(MAP, MAP.withTimestamps(MAP.created(), Instant.EPOCH)).isEmpty()).isTrue();
    }

    @Test
    void personasMetricsConnectionsAndOpportunitiesAreMatchedById() {
        JourneyMap after = MAP.withPersonas(List.of(new Persona("p9", "Uusi", "")))
                .withMetrics(List.of(MetricDefinition.yesNo("ok", "Tervehditty", fi.polku.model.Direction.HIGHER_IS_BETTER)))
                .withConnections(MAP.connections().subList(1, MAP.connections().size()))
                .withOpportunities(List.of());
        MapDiff diff = MapDiff.between(MAP, after);
        assertThat(diff.of(ItemKind.PERSONA)).extracting(ItemChange::status).contains(ItemChange.Status.ADDED,
                ItemChange.Status.REMOVED);
        assertThat(diff.find(ItemKind.METRIC, "ok").orElseThrow().status()).isEqualTo(ItemChange.Status.ADDED);
        assertThat(diff.of(ItemKind.CONNECTION)).singleElement()
                .extracting(ItemChange::id).isEqualTo(MAP.connections().getFirst().id());
        assertThat(diff.of(ItemKind.OPPORTUNITY)).hasSize(MAP.opportunities().size())
                .allMatch(c -> c.status() == ItemChange.Status.REMOVED);
    }

    @Test
    void aLargeMapIsComparedQuickly() {
        JourneyMap xl = MapGenerator.generate(20_000, 30, 14, 2026);
        JourneyMap copy = MapGenerator.generate(20_000, 30, 14, 2026);
        List<Touchpoint> edited = new ArrayList<>(copy.touchpoints());
        for (int i = 0; i < edited.size(); i += 100) {
            edited.set(i, edited.get(i).withTitle("muutettu " + i));
        }
        JourneyMap after = copy.withTouchpoints(edited);
        MapDiff.between(xl, after); // warm up
        long start = System.nanoTime();
        MapDiff diff = MapDiff.between(xl, after);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(diff.changes()).hasSize(200);
        assertThat(millis).as("diff of two 20,000-card maps").isLessThan(2_000);
    }

    private static JourneyMap replace(JourneyMap map, Touchpoint changed) {
        List<Touchpoint> out = new ArrayList<>(map.touchpoints());
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(changed.id())) {
                out.set(i, changed);
            }
        }
        return map.withTouchpoints(out);
    }

    /** A map whose one cell holds cards with these ids, in this order. */
    static JourneyMap cell(List<String> ids) {
        List<Touchpoint> cards = ids.stream().map(id -> Touchpoint.create(id, id.toUpperCase(), "s1", "l1")).toList();
        return MAP.withTouchpoints(cards).withConnections(List.of()).withOpportunities(List.of());
    }
}
