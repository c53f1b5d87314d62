package fi.polku.bench;

import fi.polku.io.MapCodec;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.model.diff.MapDiff;
import fi.polku.model.diff.MapMerge;
import fi.polku.model.diff.MergeSide;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/**
 * Child-JVM main of the compare and merge figures: {@code diff} times {@code MapDiff.between} of XL and an edited
 * copy, {@code merge} the three-way {@code MapMerge.merge} of XL and two copies edited apart; the baseline of both
 * is opening two XL files ({@code MapCodec.read} of each). Rounds alternate and collect as {@link CodecPairs}
 * does, and it prints them the same way.
 */
public final class DiffPairs {
    /** Cards each side edits: one in a hundred retitled or re-rated, plus moves and additions. */
    static final int EDIT_EVERY = 100;
    static final int MOVES = 20;
    static final int ADDITIONS = 20;
    private static volatile Object sink;

    private DiffPairs() {
    }

    public static void main(String[] args) throws Exception {
        JourneyMap generated = BenchMaps.XL.map();
        byte[] baseBytes = MapCodec.write(generated);
        byte[] ourBytes = MapCodec.write(edited(generated, 0, 1));
        byte[] theirBytes = MapCodec.write(edited(generated, EDIT_EVERY / 2, 2));
        // Each read from its own file, as polku diff and polku merge have them: no card shared between them.
        JourneyMap base = MapCodec.read(baseBytes, "base.polku.json");
        JourneyMap ours = MapCodec.read(ourBytes, "ours.polku.json");
        JourneyMap theirs = MapCodec.read(theirBytes, "theirs.polku.json");
        Callable<Object> subject = args[0].equals("diff")
                ? () -> MapDiff.between(base, ours)
                : () -> MapMerge.merge(base, ours, theirs, MergeSide.OURS);
        Callable<Object> baseline = args[0].equals("diff")
                ? () -> List.of(MapCodec.read(baseBytes, "a.polku.json"), MapCodec.read(ourBytes, "b.polku.json"))
                : () -> List.of(MapCodec.read(ourBytes, "a.polku.json"), MapCodec.read(theirBytes, "b.polku.json"));
        StringJoiner rounds = new StringJoiner(";");
        for (int i = 0; i < CodecPairs.WARMUP + CodecPairs.ROUNDS; i++) {
            boolean subjectFirst = i % 2 == 0;
            long first = timed(subjectFirst ? subject : baseline);
            long second = timed(subjectFirst ? baseline : subject);
            if (i >= CodecPairs.WARMUP) {
                rounds.add(subjectFirst ? first + "," + second : second + "," + first);
            }
        }
        System.out.println(rounds);
    }

    /**
     * XL with every {@value #EDIT_EVERY}th card from {@code offset} retitled and re-rated, {@value #MOVES} cards
     * moved to another cell and {@value #ADDITIONS} added under the editor's next ids: a day's work on a big map.
     */
    static JourneyMap edited(JourneyMap base, int offset, long seed) {
        Random rnd = new Random(seed);
        List<Touchpoint> cards = new ArrayList<>(base.touchpoints());
        for (int i = offset; i < cards.size(); i += EDIT_EVERY) {
            Touchpoint t = cards.get(i);
            cards.set(i, t.withTitle(t.title() + " (muokattu)").withImportance((double) (1 + rnd.nextInt(5))));
        }
        for (int k = 0; k < MOVES; k++) {
            int i = offset + 1 + k * EDIT_EVERY;
            Touchpoint t = cards.get(i);
            cards.set(i, t.withCell(base.stages().get(rnd.nextInt(base.stages().size())).id(), t.laneId()));
        }
        for (int k = 0; k < ADDITIONS; k++) {
            Touchpoint near = cards.get(rnd.nextInt(cards.size()));
            // The editor's next ids, so both sides make the same ones and the merge keeps theirs apart.
            cards.add(Touchpoint.create("t" + (base.touchpoints().size() + k + 1), "Uusi kortti " + seed + "." + k,
                    near.stageId(), near.laneId()));
        }
        return base.withTouchpoints(cards);
    }

    private static long timed(Callable<Object> operation) throws Exception {
        System.gc();
        System.gc();
        long start = System.nanoTime();
        sink = operation.call();
        long nanos = System.nanoTime() - start;
        sink = null;
        return nanos;
    }
}
