package fi.polku.bench;

import java.util.stream.IntStream;

/**
 * The two sides of a ratio timed in alternation, one run of each per pair: the subject's and the
 * baseline's nanoseconds of pair {@code i} met the same load, so their ratio cancels it, and the figure
 * is the median of those pairwise ratios rather than a ratio of two medians taken at different times.
 */
record Pairs(long[] subject, long[] baseline) {
    Pairs {
        if (subject.length != baseline.length || subject.length == 0) {
            throw new IllegalArgumentException(subject.length + " subject and " + baseline.length + " baseline runs");
        }
    }

    /** Pairs as {@link CodecPairs} prints them: {@code subject,baseline;subject,baseline;...}. */
    static Pairs parse(String line) {
        String[] pairs = line.split(";");
        long[] s = new long[pairs.length];
        long[] b = new long[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            String[] sides = pairs[i].split(",");
            s[i] = Long.parseLong(sides[0]);
            b[i] = Long.parseLong(sides[1]);
        }
        return new Pairs(s, b);
    }

    double[] ratios() {
        return IntStream.range(0, subject.length).mapToDouble(i -> (double) subject[i] / baseline[i]).toArray();
    }

    /** The median of the pairwise ratios. */
    double ratio() {
        return Stats.median(ratios());
    }

    Spread spread() {
        return Spread.of("pairwise ratios", ratios());
    }

    /** The subject's median time in milliseconds, for the method note. */
    double subjectMs() {
        return Stats.median(subject) / 1e6;
    }

    double baselineMs() {
        return Stats.median(baseline) / 1e6;
    }

    int count() {
        return subject.length;
    }
}
