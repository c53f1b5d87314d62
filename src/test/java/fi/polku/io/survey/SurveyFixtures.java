package fi.polku.io.survey;

import fi.polku.model.ChannelType;
import fi.polku.model.Direction;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.List;

/** A small store journey that survey files in the tests refer to. */
final class SurveyFixtures {
    private SurveyFixtures() {
    }

    static JourneyMap storeMap() {
        return JourneyMap.empty("store", "Tavaratalo")
                .withStages(List.of(new Stage("s1", "Ennen ostoa"), new Stage("s2", "Osto")))
                .withLanes(List.of(Lane.channel("store", "Myymälä", ChannelType.STORE),
                        Lane.channel("phone", "Puhelin", ChannelType.PHONE)))
                .withMetrics(List.of(MetricDefinition.custom("wait", "Odotusaika", "min", 0, 60,
                        Direction.LOWER_IS_BETTER)))
                .withTouchpoints(List.of(
                        Touchpoint.create("t-greet", "Tervehdys", "s1", "store"),
                        Touchpoint.create("t-queue", "Kassajono", "s2", "store"),
                        Touchpoint.create("t-call", "Yhteydenotto", "s2", "phone")));
    }
}
