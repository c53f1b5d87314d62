package fi.polku.render;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.layout.HeaderBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;
import fi.polku.layout.ThemeSizes;
import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.layout.SampleMaps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelIconsTest {
    @Test
    void everyChannelHasAnIconOutlineThatFillsItsBoxAndStaysInside() {
        Rect box = new Rect(100, 50, 20, 20);
        for (ChannelType channel : ChannelType.values()) {
            PathShape path = ChannelIcons.path(channel, box);
            assertThat(path).as(channel.name()).isNotNull();
            assertThat(path.segments()).as(channel.name()).hasSizeGreaterThan(4);
            double[] b = bounds(path);
            // Material Design icons keep a 2/24 margin; the drawn part spans most of the square.
            assertThat(b[0]).as(channel + " left").isGreaterThanOrEqualTo(box.x() - 0.01);
            assertThat(b[1]).as(channel + " top").isGreaterThanOrEqualTo(box.y() - 0.01);
            assertThat(b[2]).as(channel + " right").isLessThanOrEqualTo(box.maxX() + 0.01);
            assertThat(b[3]).as(channel + " bottom").isLessThanOrEqualTo(box.maxY() + 0.01);
            assertThat(Math.max(b[2] - b[0], b[3] - b[1])).as(channel + " size").isGreaterThan(box.w() * 0.6);
        }
    }

    @Test
    void channelIconsAreDistinctShapes() {
        Rect box = new Rect(0, 0, 24, 24);
        List<PathShape> seen = new ArrayList<>();
        for (ChannelType channel : ChannelType.values()) {
            PathShape path = ChannelIcons.path(channel, box);
            assertThat(seen).as(channel.name()).doesNotContain(path);
            seen.add(path);
        }
    }

    @Test
    void aChannelLanesNameIsSetClearOfItsIconInBothLanguagesAndInProjectorMode() {
        for (String language : List.of("fi", "en")) {
            for (ThemeSizes sizes : List.of(ThemeSizes.standard(), ThemeSizes.projector())) {
                JourneyMap map = everyChannel(SampleMaps.storeBus().withLanguage(language));
                MapLayout layout = MapLayouter.layout(map, Theme.standard().withSizes(sizes), FontMetricsTable.shared());
                for (HeaderBox lane : layout.laneHeaders()) {
                    Lane model = map.lanes().get(lane.index());
                    if (model.kind() != LaneKind.CHANNEL) {
                        assertThat(lane.iconBox()).as(model.name()).isNull();
                        continue;
                    }
                    Rect icon = lane.iconBox();
                    assertThat(icon).as(model.name()).isNotNull();
                    assertThat(lane.bounds().contains(icon.x(), icon.y())).isTrue();
                    assertThat(icon.maxY()).isLessThanOrEqualTo(lane.title().baseline(0) + 6);
                    assertThat(lane.title().x()).as(model.name()).isGreaterThan(icon.maxX());
                    for (String line : lane.title().lines()) {
                        double w = FontMetricsTable.shared().width(line, lane.title().face(), lane.title().size());
                        assertThat(lane.title().x() + w).as(language + " " + line).isLessThanOrEqualTo(lane.bounds().maxX());
                    }
                }
            }
        }
    }

    /** The sample with a lane for every channel, long names included, so that each icon is laid out. */
    private static JourneyMap everyChannel(JourneyMap map) {
        List<Lane> lanes = new ArrayList<>(map.lanes());
        for (ChannelType c : ChannelType.values()) {
            lanes.add(Lane.channel("extra-" + c.name(), "Kanava " + c.name().toLowerCase() + " ja asiakaspalvelu", c));
        }
        return map.withLanes(lanes);
    }

    private static double[] bounds(PathShape path) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (PathShape.Segment s : path.segments()) {
            switch (s) {
                case PathShape.MoveTo m -> grow(b, m.x(), m.y());
                case PathShape.LineTo l -> grow(b, l.x(), l.y());
                case PathShape.CubicTo c -> {
                    grow(b, c.c1x(), c.c1y());
                    grow(b, c.c2x(), c.c2y());
                    grow(b, c.x(), c.y());
                }
                case PathShape.Close ignored -> { }
            }
        }
        return b;
    }

    private static void grow(double[] b, double x, double y) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
    }
}
