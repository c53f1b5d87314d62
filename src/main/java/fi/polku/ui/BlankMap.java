package fi.polku.ui;

import fi.polku.model.Brand;
import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Stage;
import fi.polku.text.Localization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The map File → New starts from: before, during and after the purchase across the usual channels, named
 * in the user-interface language and marked as a map in that language, so that its lane labels, legends
 * and exports speak the same language as its names.
 */
public final class BlankMap {
    private BlankMap() {
    }

    public static JourneyMap create() {
        return create(Brand.NONE);
    }

    /** A new map with the user's default brand (see {@link BrandSetting}). */
    public static JourneyMap create(Brand brand) {
        List<Stage> stages = List.of(
                new Stage("s1", Messages.get("new.stage.before")),
                new Stage("s2", Messages.get("new.stage.purchase")),
                new Stage("s3", Messages.get("new.stage.after")));
        List<Lane> lanes = List.of(
                Lane.channel("l1", Messages.get("new.lane.web"), ChannelType.WEB),
                Lane.channel("l2", Messages.get("new.lane.social"), ChannelType.SOCIAL),
                Lane.channel("l3", Messages.get("new.lane.chat"), ChannelType.CHAT),
                Lane.channel("l4", Messages.get("new.lane.email"), ChannelType.EMAIL),
                Lane.channel("l5", Messages.get("new.lane.phone"), ChannelType.PHONE),
                Lane.channel("l6", Messages.get("new.lane.store"), ChannelType.STORE),
                Lane.channel("l7", Messages.get("new.lane.invoice"), ChannelType.INVOICE),
                new Lane("l8", Messages.get("new.lane.emotion"), LaneKind.EMOTION, null));
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return JourneyMap.empty(UUID.randomUUID().toString(), Messages.get("new.title"))
                .withLanguage(Localization.ui().toLanguageTag())
                .withTimestamps(now, now)
                .withStages(stages)
                .withLanes(lanes)
                .withBrand(brand);
    }
}
