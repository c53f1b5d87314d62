package fi.polku.testing;

import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The car-dealership sample with two survey rounds: its untagged 2026 measurements become round "Syksy
 * 2026", and each gets a "Kevät 2027" twin six months later, some clearly changed (CSAT of the test drive
 * +10 %-points on 199 answers, the overall NPS +18 points on 242, as in seed 004), the rest a little.
 */
public final class TwoRoundSample {
    public static final String AUTUMN = "Syksy 2026";
    public static final String SPRING = "Kevät 2027";
    /** The change of the spring round per touchpoint and metric, in the metric's unit. */
    public static final Map<String, Double> SHIFTS = Map.of("t9/csat", 10.0, "t17/nps", 18.0, "t12/ces", -0.1,
            "t15/nps", -4.0, "t1/odotusaika", -0.4);

    private TwoRoundSample() {
    }

    public static JourneyMap map() {
        try {
            return of(MapFiles.load(Path.of("assets/samples/car-dealership.polku.json")));
        } catch (MapFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any map with its untagged measurements as the autumn round and a spring twin of each. */
    public static JourneyMap of(JourneyMap map) {
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (Touchpoint t : map.touchpoints()) {
            List<Measurement> ms = new ArrayList<>();
            for (Measurement m : t.measurements()) {
                if (!m.round().isEmpty()) {
                    ms.add(m);
                    continue;
                }
                ms.add(m.withRound(AUTUMN));
                double shift = SHIFTS.getOrDefault(t.id() + "/" + m.metric(), 0.0);
                MetricDefinition metric = map.metric(m.metric()).orElseThrow();
                ms.add(new Measurement(m.metric(), clamp(metric, m.value() + shift), m.n(),
                        m.ciLow() == null ? null : clamp(metric, m.ciLow() + shift),
                        m.ciHigh() == null ? null : clamp(metric, m.ciHigh() + shift),
                        m.dateFrom() == null ? null : m.dateFrom().plusMonths(6),
                        m.date() == null ? null : m.date().plusMonths(6), m.source(), m.evidence(), SPRING));
            }
            touchpoints.add(t.withMeasurements(ms));
        }
        return map.withTouchpoints(touchpoints);
    }

    private static double clamp(MetricDefinition metric, double v) {
        return Math.clamp(v, metric.min(), metric.max());
    }
}
