package fi.polku.ui;

import fi.polku.model.ChannelType;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Small in-memory maps for UI tests, shaped like the store-bus example of the domain brief. */
final class TestMaps {
    private TestMaps() {
    }

    static JourneyMap storeBus() {
        List<Stage> stages = List.of(new Stage("s1", "Before purchase"), new Stage("s2", "Purchase"),
                new Stage("s3", "After purchase"));
        List<Lane> lanes = List.of(Lane.channel("l1", "Web", ChannelType.WEB),
                Lane.channel("l2", "Store", ChannelType.STORE), Lane.channel("l3", "Phone", ChannelType.PHONE),
                new Lane("l4", "Emotion", LaneKind.EMOTION, null));
        List<Touchpoint> touchpoints = List.of(
                Touchpoint.create("t1", "Bus ride to the store", "s1", "l2").withImportance(4.0).withEmotion(-1.0)
                        .withMeasurements(List.of(Measurement.of("nps", 12.5, 64, LocalDate.of(2026, 9, 30),
                                "Survey", EvidenceLevel.OBSERVED)))
                        .withTargets(Map.of("nps", 30.0)),
                Touchpoint.create("t2", "Opening hours online", "s1", "l1").withImportance(3.0),
                Touchpoint.create("t3", "Checkout", "s2", "l2").withImportance(5.0).withEmotion(1.0),
                Touchpoint.create("t4", "Billing complaint call", "s3", "l3").withImportance(4.0).withEmotion(2.0));
        return JourneyMap.empty("store-bus", "Store customer bus").withStages(stages).withLanes(lanes)
                .withTouchpoints(touchpoints);
    }
}
