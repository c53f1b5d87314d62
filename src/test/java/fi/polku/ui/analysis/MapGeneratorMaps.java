package fi.polku.ui.analysis;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Large maps for the analysis views: many touchpoints with importance, a CSAT score and a target. */
final class MapGeneratorMaps {
    private MapGeneratorMaps() {
    }

    static JourneyMap withImportanceAndCsat(int count) {
        Random random = new Random(7);
        List<Stage> stages = List.of(new Stage("s1", "Before"), new Stage("s2", "During"), new Stage("s3", "After"));
        List<Lane> lanes = List.of(new Lane("l1", "Web", LaneKind.CHANNEL, null));
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double importance = 1 + random.nextInt(5);
            double csat = Math.round(30 + random.nextDouble() * 70);
            int n = 5 + random.nextInt(200);
            touchpoints.add(Touchpoint.create("t" + i, "Touchpoint number " + i, stages.get(i % 3).id(), "l1")
                    .withImportance(importance)
                    .withMeasurements(List.of(Measurement.of("csat", csat, n, null, "test", EvidenceLevel.OBSERVED)))
                    .withTargets(Map.of("csat", 80.0)));
        }
        return JourneyMap.empty("big", "Big").withStages(stages).withLanes(lanes).withTouchpoints(touchpoints);
    }
}
