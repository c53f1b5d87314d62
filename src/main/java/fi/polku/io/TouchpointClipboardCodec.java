package fi.polku.io;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Copied touchpoints as clipboard text: a small map file holding the cards, the stages and lanes they
 * sit in (so that a paste into another map can find cells of the same name), the arrows between them
 * and the source's metrics. Being a map file, it uses the file format's field names and its checks.
 */
public final class TouchpointClipboardCodec {
    /** The name problems with clipboard contents are reported under. */
    public static final String SOURCE_NAME = "clipboard";

    private TouchpointClipboardCodec() {
    }

    /** The touchpoints {@code ids} of {@code map}, in map order, as canonical JSON text. */
    public static String write(JourneyMap map, Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        List<Touchpoint> cards = map.touchpoints().stream().filter(t -> wanted.contains(t.id())).toList();
        Set<String> stages = Set.copyOf(cards.stream().map(Touchpoint::stageId).toList());
        Set<String> lanes = Set.copyOf(cards.stream().map(Touchpoint::laneId).toList());
        List<Stage> usedStages = map.stages().stream().filter(s -> stages.contains(s.id())).toList();
        List<Lane> usedLanes = map.lanes().stream().filter(l -> lanes.contains(l.id())).toList();
        List<Connection> between = map.connections().stream()
                .filter(c -> wanted.contains(c.from()) && wanted.contains(c.to())).toList();
        JourneyMap excerpt = JourneyMap.empty(map.id(), map.title())
                .withLanguage(map.language())
                .withMetrics(map.metrics())
                .withStages(usedStages)
                .withLanes(usedLanes)
                .withTouchpoints(cards)
                .withConnections(between);
        return new String(MapCodec.write(excerpt), StandardCharsets.UTF_8);
    }

    /**
     * Reads clipboard text written by {@link #write}, by this or an older version of Polku.
     *
     * @return a map whose touchpoints are the copied cards and whose stages and lanes are their cells
     * @throws MapFileException when the text is not such an excerpt, with each problem located
     */
    public static JourneyMap read(String text) throws MapFileException {
        return MapCodec.read(text.getBytes(StandardCharsets.UTF_8), SOURCE_NAME);
    }
}
