package fi.polku.model.diff;

import fi.polku.model.JourneyMap;
import fi.polku.testing.Gen;
import fi.polku.testing.Seeded;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The laws of a three-way merge and of the difference, over generated maps and random edits of them. */
class MapMergePropertyTest {
    private record Case(JourneyMap base, JourneyMap edited) {
        static Case random(Gen g) {
            JourneyMap base = MapEdits.base(g);
            return new Case(base, MapEdits.edited(g, base));
        }

        @Override
        public String toString() {
            return base.id() + " (" + base.touchpoints().size() + " cards), edited: "
                    + MapDiff.between(base, edited).changes();
        }
    }

    @Test
    void mergingAnEditWithNothingGivesTheEdit() {
        Seeded.check(300, List.of(), Case::random, c -> {
            for (MergeSide side : MergeSide.values()) {
                MergeResult ours = MapMerge.merge(c.base(), c.edited(), c.base(), side);
                assertThat(ours.conflicts()).isEmpty();
                assertThat(ours.map()).isEqualTo(c.edited());
                MergeResult theirs = MapMerge.merge(c.base(), c.base(), c.edited(), side);
                assertThat(theirs.conflicts()).isEmpty();
                assertThat(theirs.map()).isEqualTo(c.edited());
            }
        });
    }

    @Test
    void mergingTheSameEditTwiceGivesTheEdit() {
        Seeded.check(300, List.of(), Case::random, c -> {
            MergeResult merged = MapMerge.merge(c.base(), c.edited(), c.edited(), MergeSide.OURS);
            assertThat(merged.conflicts()).isEmpty();
            assertThat(merged.map()).isEqualTo(c.edited());
        });
    }

    @Test
    void aMapDiffersFromItselfInNothingAndFromAnEditOnlyWhereEdited() {
        Seeded.check(300, List.of(), Case::random, c -> {
            assertThat(MapDiff.between(c.edited(), c.edited()).changes()).isEmpty();
            // A card's place is its cell and its order there; where the list interleaves cells is not seen.
            assertThat(MapDiff.between(c.base(), c.edited()).isEmpty())
                    .isEqualTo(byCell(c.base()).equals(byCell(c.edited())));
        });
    }

    private static JourneyMap byCell(JourneyMap map) {
        return map.withTouchpoints(map.touchpoints().stream()
                .sorted(java.util.Comparator.comparing(t -> t.stageId() + "\u0000" + t.laneId())).toList());
    }

    @Test
    void twoEditsMergeIntoAValidMapHoldingEveryChangeThatIsNoConflict() {
        Seeded.check(300, List.of(), g -> {
            JourneyMap base = MapEdits.base(g);
            return new JourneyMap[] {base, MapEdits.edited(g, base), MapEdits.edited(g, base)};
        }, maps -> {
            JourneyMap base = maps[0];
            MergeResult merged = MapMerge.merge(base, maps[1], maps[2], MergeSide.OURS);
            // Every card either side changed without the other touching it carries that side's change.
            for (ItemChange c : MapDiff.between(base, maps[2]).of(ItemKind.TOUCHPOINT)) {
                boolean ourEdit = MapDiff.between(base, maps[1]).touchpoint(c.id()).isPresent();
                if (!ourEdit && c.status() != ItemChange.Status.REMOVED) {
                    assertThat(merged.map().touchpoint(c.id())).as(c.toString())
                            .isEqualTo(maps[2].touchpoint(c.id()));
                }
            }
        });
    }
}
