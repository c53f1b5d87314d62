package fi.polku.io.sheet;

import fi.polku.model.Brand;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gathers the stages, lanes and cards of a spreadsheet of touchpoints in the order they are first met, and
 * makes them a new map. Names that differ only in case or spacing are one stage or lane, spelled as first
 * written. Like a map from File → New, it has an emotion lane (after the channels) and speaks its language.
 */
final class SheetMapBuilder {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final List<Touchpoint> touchpoints = new ArrayList<>();
    // A new map has nothing to clash with: ids simply count, s1, l1, t1, as a map made by hand begins.
    private int touchpointIds;

    /** The id of the stage with this name, made when first met. */
    String stage(String name) {
        String shown = tidy(name);
        return stages.computeIfAbsent(key(shown), k -> new Stage("s" + (stages.size() + 1), shown)).id();
    }

    /** The id of the lane with this name, made when first met with the kind its name says. */
    String lane(String name) {
        String shown = tidy(name);
        return lanes.computeIfAbsent(key(shown), k -> {
            LaneWords.Meaning m = LaneWords.of(shown);
            return new Lane("l" + (lanes.size() + 1), shown, m.kind(), m.channel());
        }).id();
    }

    /** Adds a card in the stage and lane of these names. */
    void add(String stage, String lane, Touchpoint fields) {
        touchpoints.add(fields.withId("t" + ++touchpointIds).withCell(stage(stage), lane(lane)));
    }

    int touchpoints() {
        return touchpoints.size();
    }

    /** The map of everything added, titled and in {@code language}, made now. */
    JourneyMap build(String title, Locale language) {
        List<Lane> allLanes = new ArrayList<>(lanes.values());
        if (allLanes.stream().noneMatch(l -> l.kind() == LaneKind.EMOTION)) {
            int afterChannels = 0;
            for (int i = 0; i < allLanes.size(); i++) {
                afterChannels = allLanes.get(i).kind() == LaneKind.CHANNEL ? i + 1 : afterChannels;
            }
            allLanes.add(afterChannels, new Lane("l" + (lanes.size() + 1),
                    Localization.text(language, "new.lane.emotion"), LaneKind.EMOTION, null));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return JourneyMap.empty(UUID.randomUUID().toString(), title)
                .withLanguage(language.toLanguageTag())
                .withTimestamps(now, now)
                .withStages(List.copyOf(stages.values()))
                .withLanes(allLanes)
                .withTouchpoints(touchpoints)
                .withBrand(Brand.NONE);
    }

    private static String tidy(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
