package fi.polku.layout;

import fi.polku.model.ChannelType;
import fi.polku.model.Lane;

/** The small type label under a lane's name ("Chat", "Emotion curve"), in the map's language. */
final class LaneLabels {
    private LaneLabels() {
    }

    static String of(Lane lane, String language) {
        boolean fi = "fi".equalsIgnoreCase(language);
        return switch (lane.kind()) {
            case CHANNEL -> channel(lane.channel() == null ? ChannelType.OTHER : lane.channel(), fi);
            case EMOTION -> fi ? "Tunnekäyrä" : "Emotion curve";
            case PAIN_POINTS -> fi ? "Kipupisteet" : "Pain points";
            case OPPORTUNITIES -> fi ? "Mahdollisuudet" : "Opportunities";
            case BACKSTAGE -> fi ? "Taustaprosessit" : "Backstage";
            case TEXT -> fi ? "Teksti" : "Notes";
        };
    }

    private static String channel(ChannelType type, boolean fi) {
        String name = switch (type) {
            case WEB -> fi ? "Verkko" : "Web";
            case SOCIAL -> fi ? "Sosiaalinen media" : "Social media";
            case CHAT -> "Chat";
            case EMAIL -> fi ? "Sähköposti" : "Email";
            case PHONE -> fi ? "Puhelin" : "Phone";
            case STORE -> fi ? "Myymälä" : "Store";
            case INVOICE -> fi ? "Lasku" : "Invoice";
            case OTHER -> fi ? "Muu" : "Other";
        };
        return (fi ? "Kanava · " : "Channel · ") + name;
    }
}
