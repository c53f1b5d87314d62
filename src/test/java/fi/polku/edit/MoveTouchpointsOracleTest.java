package fi.polku.edit;

import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass move gives exactly what the plain, several-pass algorithm it replaced gave (kept here as
 * the oracle), on small random maps where every corner is likely: cards of one cell scattered through
 * the list, several and unknown ids, gaps before, inside and past the cell, ids used twice.
 */
class MoveTouchpointsOracleTest {
    private static final String[] STAGES = {"s1", "s2", "s3"};
    private static final String[] LANES = {"l1", "l2"};

    @Test
    void movesLikeTheReferenceAlgorithm() {
        Random rnd = new Random(0x0DE_2026L);
        int unchanged = 0;
        for (int round = 0; round < 50_000; round++) {
            JourneyMap map = randomMap(rnd);
            List<String> ids = new ArrayList<>();
            for (int i = rnd.nextInt(4); i >= 0; i--) {
                ids.add("t" + rnd.nextInt(map.touchpoints().size() + 2));
            }
            MoveTouchpoints move = new MoveTouchpoints(ids, pick(rnd, STAGES), pick(rnd, LANES),
                    rnd.nextInt(9) - 2);
            JourneyMap expected = reference(move, map);
            JourneyMap actual = move.apply(map);
            assertThat(actual).as("%s on %s", move, map.touchpoints()).isEqualTo(expected);
            if (expected == map) {
                assertThat(actual).as("%s on %s", move, map.touchpoints()).isSameAs(map);
                unchanged++;
            }
        }
        // The "dropped where it was" branch must have been exercised, not only real moves.
        assertThat(unchanged).isGreaterThan(5_000);
    }

    @Test
    void placeLikeTheReferenceAlgorithm() {
        Random rnd = new Random(0xCE11L);
        for (int round = 0; round < 20_000; round++) {
            List<Touchpoint> all = randomMap(rnd).touchpoints();
            List<Touchpoint> inserted = List.of(Touchpoint.create("new" + round, "", "s1", "l1"));
            Set<String> removing = rnd.nextBoolean() ? Set.of() : Set.of("t" + rnd.nextInt(all.size() + 1));
            int gap = rnd.nextInt(6) == 0 ? Integer.MAX_VALUE : rnd.nextInt(6);
            assertThat(CellOrder.place(all, removing, inserted, "s1", "l1", gap))
                    .isEqualTo(referencePlace(all, removing, inserted, "s1", "l1", gap));
        }
    }

    private static JourneyMap randomMap(Random rnd) {
        List<Touchpoint> tps = new ArrayList<>();
        int n = rnd.nextInt(9);
        for (int i = 0; i < n; i++) {
            // Now and then an id twice, as a hand-edited file may have before it is validated.
            String id = "t" + (rnd.nextInt(12) == 0 && i > 0 ? rnd.nextInt(i) : i);
            tps.add(Touchpoint.create(id, "", pick(rnd, STAGES), pick(rnd, LANES)));
        }
        return JourneyMap.empty("m", "")
                .withStages(List.of(new Stage("s1", ""), new Stage("s2", ""), new Stage("s3", "")))
                .withLanes(List.of(Lane.channel("l1", "", ChannelType.WEB), Lane.channel("l2", "", ChannelType.STORE)))
                .withTouchpoints(tps);
    }

    private static String pick(Random rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    /** MoveTouchpoints.apply as it was before the one-pass version. */
    private static JourneyMap reference(MoveTouchpoints m, JourneyMap map) {
        Set<String> moving = Set.copyOf(m.ids());
        List<Touchpoint> moved = map.touchpoints().stream()
                .filter(t -> moving.contains(t.id()))
                .map(t -> t.isIn(m.stageId(), m.laneId()) ? t : t.withCell(m.stageId(), m.laneId()))
                .toList();
        if (moved.isEmpty()) {
            return map;
        }
        List<Touchpoint> placed = referencePlace(map.touchpoints(), moving, moved, m.stageId(), m.laneId(),
                Math.max(0, m.indexInCell()));
        boolean sameCell = map.touchpoints().stream()
                .filter(t -> moving.contains(t.id())).allMatch(t -> t.isIn(m.stageId(), m.laneId()));
        if (sameCell && cellOrder(placed, m).equals(cellOrder(map.touchpoints(), m))) {
            return map;
        }
        return map.withTouchpoints(placed);
    }

    private static List<String> cellOrder(List<Touchpoint> all, MoveTouchpoints m) {
        return all.stream().filter(t -> t.isIn(m.stageId(), m.laneId())).map(Touchpoint::id).toList();
    }

    /** CellOrder.place as it was before the one-pass version. */
    private static List<Touchpoint> referencePlace(List<Touchpoint> all, Set<String> removing,
                                                   List<Touchpoint> inserted, String stageId, String laneId,
                                                   int gap) {
        int anchor = -1;
        int lastInCell = -1;
        int indexInCell = 0;
        for (int k = 0; k < all.size(); k++) {
            Touchpoint t = all.get(k);
            if (!t.isIn(stageId, laneId)) {
                continue;
            }
            boolean stays = !removing.contains(t.id());
            if (stays && anchor < 0 && indexInCell >= gap) {
                anchor = k;
            }
            if (stays) {
                lastInCell = k;
            }
            indexInCell++;
        }
        List<Touchpoint> out = new ArrayList<>(all.size() + inserted.size());
        for (int k = 0; k < all.size(); k++) {
            if (k == anchor) {
                out.addAll(inserted);
            }
            Touchpoint t = all.get(k);
            if (!removing.contains(t.id())) {
                out.add(t);
            }
            if (anchor < 0 && k == lastInCell) {
                out.addAll(inserted);
            }
        }
        if (anchor < 0 && lastInCell < 0) {
            out.addAll(inserted);
        }
        return out;
    }
}
