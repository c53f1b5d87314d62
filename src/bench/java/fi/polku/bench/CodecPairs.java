package fi.polku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import fi.polku.io.MapCodec;
import fi.polku.model.JourneyMap;

import java.util.StringJoiner;
import java.util.concurrent.Callable;

/**
 * Child-JVM main of the codec figures: {@code load} times opening the XL map ({@code MapCodec.read}: parse,
 * migrate, decode, validate) against Jackson's {@code readTree} of the same bytes, {@code save} the
 * canonical write against Jackson writing that tree, pretty. Each round runs one operation of each side,
 * the order swapped every round, each after a full collection so that no operation pays for the garbage
 * of the one before; it prints the measured rounds as {@code subject,baseline;...} in nanoseconds.
 */
public final class CodecPairs {
    static final int WARMUP = 8;
    static final int ROUNDS = 30;
    private static final String NAME = "xl.polku.json";
    /** Keeps each result reachable until it is timed, so that the JIT cannot drop the work. */
    private static volatile Object sink;

    private CodecPairs() {
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = BenchMaps.XL.bytes();
        ObjectMapper jackson = new ObjectMapper();
        Callable<Object> subject;
        Callable<Object> baseline;
        if (args[0].equals("load")) {
            subject = () -> MapCodec.read(bytes, NAME);
            baseline = () -> jackson.readTree(bytes);
        } else {
            JourneyMap map = MapCodec.read(bytes, NAME);
            JsonNode tree = jackson.readTree(bytes);
            ObjectWriter pretty = jackson.writerWithDefaultPrettyPrinter();
            subject = () -> MapCodec.write(map);
            baseline = () -> pretty.writeValueAsBytes(tree);
        }
        StringJoiner rounds = new StringJoiner(";");
        for (int i = 0; i < WARMUP + ROUNDS; i++) {
            boolean subjectFirst = i % 2 == 0;
            long first = timed(subjectFirst ? subject : baseline);
            long second = timed(subjectFirst ? baseline : subject);
            if (i >= WARMUP) {
                rounds.add(subjectFirst ? first + "," + second : second + "," + first);
            }
        }
        System.out.println(rounds);
    }

    private static long timed(Callable<Object> operation) throws Exception {
        // A second collection frees what the first only made collectable (cleared references).
        System.gc();
        System.gc();
        long start = System.nanoTime();
        sink = operation.call();
        long nanos = System.nanoTime() - start;
        sink = null;
        return nanos;
    }
}
