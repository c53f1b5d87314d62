package fi.polku.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Draws test values from one seed: in random mode over the whole range, in edge mode only the range's edge
 * values (bounds, zero, ±1, the smallest step, the empty and the longest text), so that values built from
 * many draws, such as whole maps, can be made of edge values throughout.
 */
public final class Gen {
    /** Every char a person could paste: all of UTF-16 except surrogates, private use and noncharacters. */
    public static final String ANY_CHARS = anyChars();

    private final SplittableRandom random;
    private final boolean edges;

    private Gen(long seed, boolean edges) {
        this.random = new SplittableRandom(seed);
        this.edges = edges;
    }

    /** Values drawn over their whole ranges from {@code seed}. */
    public static Gen random(long seed) {
        return new Gen(seed, false);
    }

    /** Values drawn only from their ranges' edge values, chosen by {@code seed}. */
    public static Gen edges(long seed) {
        return new Gen(seed, true);
    }

    /** A whole number in min..max (both included). */
    public long longBetween(long min, long max) {
        return edges ? pick(integerEdges(min, max)) : nearZero(min, max);
    }

    /** A whole number in min..max (both included). */
    public int intBetween(int min, int max) {
        return (int) longBetween(min, max);
    }

    /** A number in min..max with at most {@code scale} decimals, as a decimal field typed by hand has. */
    public double decimal(double min, double max, int scale) {
        if (edges) {
            return pick(decimalEdges(min, max, scale));
        }
        double unit = Math.pow(10, scale);
        return nearZero(Math.round(min * unit), Math.round(max * unit)) / unit;
    }

    /** True with probability p; either way equally often in edge mode. */
    public boolean chance(double p) {
        return edges ? random.nextBoolean() : random.nextDouble() < p;
    }

    /** Null with probability p, otherwise what {@code value} gives. */
    public <T> T orNull(double p, Supplier<T> value) {
        return chance(p) ? null : value.get();
    }

    /** One of the given values, each as likely. */
    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** One of the constants of an enum. */
    public <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    /** A list of minSize..maxSize elements. */
    public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        int size = intBetween(minSize, maxSize);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(element.get());
        }
        return out;
    }

    /** A text of minLength..maxLength chars taken from {@code chars}; minLength is 0 or 1. */
    public String string(int minLength, int maxLength, String chars) {
        if (edges) {
            return pick(stringEdges(minLength, maxLength, chars));
        }
        int length = intBetween(minLength, maxLength);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    /** The chars from {@code first} to {@code last}, then those of {@code more} not already among them. */
    public static String chars(char first, char last, String more) {
        StringBuilder out = new StringBuilder();
        for (char c = first; c <= last; c++) {
            out.append(c);
        }
        more.chars().filter(c -> out.indexOf(String.valueOf((char) c)) < 0).forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** The bounds, the numbers next to them, and -2..2 where they lie in min..max. */
    public static List<Long> integerEdges(long min, long max) {
        SequencedSet<Long> out = new LinkedHashSet<>(List.of(min, Math.min(min + 1, max), Math.max(max - 1, min), max));
        for (long v = -2; v <= 2; v++) {
            if (v >= min && v <= max) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** {@link #integerEdges(long, long)} for ints. */
    public static List<Integer> integerEdges(int min, int max) {
        return integerEdges((long) min, max).stream().map(Long::intValue).toList();
    }

    /** The bounds, and 0, ±1 and ± the smallest step where they lie in min..max. */
    public static List<Double> decimalEdges(double min, double max, int scale) {
        double unit = Math.pow(10, scale);
        long low = Math.round(min * unit);
        long high = Math.round(max * unit);
        SequencedSet<Double> out = new LinkedHashSet<>(List.of(low / unit, high / unit));
        for (long v : new long[] {0, 1, -1, (long) unit, -(long) unit}) {
            if (v >= low && v <= high) {
                out.add(v / unit);
            }
        }
        return List.copyOf(out);
    }

    /** The shortest text, one-char texts of the first, last and space chars, and a text of maxLength. */
    public static List<String> stringEdges(int minLength, int maxLength, String chars) {
        SequencedSet<String> out = new LinkedHashSet<>();
        if (minLength == 0) {
            out.add("");
        }
        out.add(chars.substring(0, 1));
        out.add(chars.substring(chars.length() - 1));
        if (chars.indexOf(' ') >= 0) {
            out.add(" ");
        }
        StringBuilder longest = new StringBuilder(maxLength);
        for (int i = 0; i < maxLength; i++) {
            // A large prime stride spreads the longest text over the whole char set.
            longest.append(chars.charAt((int) ((i * 7919L) % chars.length())));
        }
        out.add(longest.toString());
        return List.copyOf(out);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * Half of the draws are even over the range; the other half lie close to zero (or to the bound nearest
     * to it) on a logarithmic scale, where off-by-one and small-count mistakes show.
     */
    private long nearZero(long min, long max) {
        if (random.nextBoolean()) {
            return random.nextLong(min, max + 1);
        }
        long target = Math.clamp(0, min, max);
        boolean up = target == min || (target != max && random.nextBoolean());
        long reach = up ? max - target : target - min;
        long step = Math.min(reach, (long) Math.pow(reach + 1.0, random.nextDouble()) - 1);
        return up ? target + step : target - step;
    }

    private static String anyChars() {
        StringBuilder out = new StringBuilder();
        for (char c = 0; c < 0xFFFE; c++) {
            boolean nonCharacter = c >= 0xFDD0 && c <= 0xFDEF;
            if (!Character.isSurrogate(c) && Character.getType(c) != Character.PRIVATE_USE && !nonCharacter) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
