package fi.polku.testing;

import java.util.List;
import java.util.function.Function;

/**
 * Checks a property on its edge cases and then on values drawn from fixed seeds, so every run tries the same
 * values; a failure names the edge case or seed and the value, and -Dpolku.seed=SEED replays one seed alone.
 */
public final class Seeded {
    /** As many tries as a property gets when it has no reason for another number. */
    public static final int DEFAULT_TRIES = 1000;

    /** A property of one value; it fails by throwing. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T value) throws Exception;
    }

    private Seeded() {
    }

    /**
     * Checks {@code property} on every edge case, then on values made by {@code generator} from seeds 0, 1, …
     * until {@code tries} values have been checked in all.
     */
    public static <T> void check(int tries, List<T> edgeCases, Function<Gen, T> generator, Check<T> property) {
        if (edgeCases.size() > tries) {
            throw new IllegalArgumentException(edgeCases.size() + " edge cases do not fit in " + tries + " tries");
        }
        Long replay = Long.getLong("polku.seed");
        if (replay != null) {
            tryOne("seed " + replay, generator.apply(Gen.random(replay)), property);
            return;
        }
        for (int i = 0; i < edgeCases.size(); i++) {
            tryOne("edge case " + i, edgeCases.get(i), property);
        }
        for (long seed = 0; seed < tries - edgeCases.size(); seed++) {
            tryOne("seed " + seed + " (replay alone with -Dpolku.seed=" + seed + ")",
                    generator.apply(Gen.random(seed)), property);
        }
        // The count in the test output, as the property runner printed it before: the tries are visible.
        System.out.println("property " + caller() + ": " + tries + " tries (" + edgeCases.size()
                + " edge cases, seeds 0-" + (tries - edgeCases.size() - 1) + "), 0 failures");
    }

    /** The test method that asked for the check, e.g. {@code IntervalPropertiesTest.wilsonContainsTheShare}. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Seeded.class.getName()))
                .findFirst().map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1)
                        + "." + f.getMethodName()).orElse("?"));
    }

    private static <T> void tryOne(String which, T value, Check<T> property) {
        try {
            property.accept(value);
        } catch (Exception | AssertionError e) {
            throw new AssertionError("Property failed at " + which + " on " + value + ":\n" + e.getMessage(), e);
        }
    }
}
