package fi.polku.layout;

import fi.polku.model.ChannelType;
import fi.polku.model.Lane;
import fi.polku.text.Localization;
import fi.polku.text.Text;

import java.util.Locale;

/** The small type label under a lane's name ("Channel · Chat", "Emotion curve"), in the map's language. */
final class LaneLabels {
    private LaneLabels() {
    }

    static String of(Lane lane, Locale language) {
        return switch (lane.kind()) {
            case CHANNEL -> {
                ChannelType type = lane.channel() == null ? ChannelType.OTHER : lane.channel();
                yield Text.of("laneLabel.channel", Text.of("ChannelType." + type.name())).in(language);
            }
            default -> Localization.text(language, "laneLabel." + lane.kind().name());
        };
    }
}
