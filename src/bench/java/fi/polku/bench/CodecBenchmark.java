package fi.polku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import fi.polku.io.MapCodec;
import fi.polku.io.MapFileException;
import fi.polku.model.JourneyMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Opening and saving the XL map against plain Jackson on the same bytes: {@code load} is everything
 * opening a file does (parse with locations, migrate, decode, validate), {@code save} the canonical write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CodecBenchmark {
    private final ObjectMapper jackson = new ObjectMapper();
    private ObjectWriter pretty;
    private byte[] bytes;
    private JourneyMap map;
    private JsonNode tree;

    @Setup
    public void setUp() throws IOException, MapFileException {
        bytes = BenchMaps.XL.bytes();
        map = MapCodec.read(bytes, "xl.polku.json");
        tree = jackson.readTree(bytes);
        pretty = jackson.writerWithDefaultPrettyPrinter();
    }

    @Benchmark
    public JourneyMap loadPolku() throws MapFileException {
        return MapCodec.read(bytes, "xl.polku.json");
    }

    @Benchmark
    public JsonNode loadJacksonTree() throws IOException {
        return jackson.readTree(bytes);
    }

    @Benchmark
    public byte[] savePolku() {
        return MapCodec.write(map);
    }

    @Benchmark
    public byte[] saveJacksonTree() throws IOException {
        return pretty.writeValueAsBytes(tree);
    }
}
