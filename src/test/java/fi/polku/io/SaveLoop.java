package fi.polku.io;

import fi.polku.model.ChannelType;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.MapGenerator;
import fi.polku.model.Measurement;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link KillDuringSaveTest}: saves two different large maps to one file,
 * alternately, until it is killed. Prints "ready" and the first save's milliseconds once the file exists.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        JourneyMap a = mapA();
        JourneyMap b = mapB();
        long start = System.nanoTime();
        MapFiles.save(a, file);
        // The parent spreads its kills over a few save durations.
        System.out.println("ready " + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
        while (true) {
            MapFiles.save(b, file);
            MapFiles.save(a, file);
        }
    }

    /**
     * Touchpoints of the generated maps saved instead of the built-in ones when above zero: system property
     * {@code polku.kill.touchpoints} (the bench profile uses the XL map's 20,000).
     */
    static int generatedTouchpoints() {
        return Integer.getInteger("polku.kill.touchpoints", 0);
    }

    /** The first map the loop saves. */
    static JourneyMap mapA() {
        int n = generatedTouchpoints();
        return n > 0 ? MapGenerator.generate(n, 12, 10, 13) : large("a", 800);
    }

    /** The second map, larger, so that a file cut short or mixed from both cannot pass for either. */
    static JourneyMap mapB() {
        int n = generatedTouchpoints();
        return n > 0 ? MapGenerator.generate(n + n / 4, 12, 10, 14) : large("b", 1200);
    }

    /** A map of several hundred kilobytes, different for each name and size, the same on every call. */
    static JourneyMap large(String name, int touchpointCount) {
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            stages.add(new Stage("s" + s, "Vaihe " + s + " " + name));
        }
        List<Lane> lanes = List.of(Lane.channel("l0", "Verkko", ChannelType.WEB),
                Lane.channel("l1", "Myymälä", ChannelType.STORE), Lane.channel("l2", "Puhelin", ChannelType.PHONE));
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int i = 0; i < touchpointCount; i++) {
            List<Measurement> ms = List.of(
                    new Measurement("nps", (i % 200) - 100, 10 + i, null, null, null, LocalDate.of(2026, 9, 30),
                            "Kysely " + name, EvidenceLevel.OBSERVED),
                    Measurement.of("csat", i % 101, 30, null, "Työpaja", EvidenceLevel.ASSUMED));
            touchpoints.add(Touchpoint.create("t" + i, "Kosketuspiste " + name + " " + i, "s" + (i % 8), "l" + (i % 3))
                    .withDescription("Asiakas kohtaa palvelun tässä kohdassa. ".repeat(3))
                    .withImportance((double) (1 + i % 5)).withMeasurements(ms).withTargets(Map.of("nps", 30.0)));
        }
        return JourneyMap.empty("large-" + name, "Suuri kartta " + name).withStages(stages).withLanes(lanes)
                .withTouchpoints(touchpoints);
    }
}
