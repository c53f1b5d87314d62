package fi.polku.io;

import fi.polku.model.ChannelType;
import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Copied touchpoints as clipboard text: what another map or another Polku reads back. */
class TouchpointClipboardCodecTest {
    private static JourneyMap map() {
        return JourneyMap.empty("m1", "Bus").withStages(List.of(new Stage("s1", "Before"), new Stage("s2", "After")))
                .withLanes(List.of(Lane.channel("l1", "Web", ChannelType.WEB),
                        Lane.channel("l2", "Store", ChannelType.STORE)))
                .withTouchpoints(List.of(
                        Touchpoint.create("t1", "Kassa", "s1", "l2").withImportance(4.0)
                                .withTargets(Map.of("nps", 30.0)),
                        Touchpoint.create("t2", "Web shop", "s1", "l1"),
                        Touchpoint.create("t3", "Invoice", "s2", "l1")))
                .withConnections(List.of(new Connection("c1", "t1", "t2", "then"),
                        new Connection("c2", "t2", "t3", "")));
    }

    @Test
    void copiedCardsComeBackWithTheirCellsAndTheArrowsBetweenThemOnly() throws MapFileException {
        JourneyMap read = TouchpointClipboardCodec.read(TouchpointClipboardCodec.write(map(), List.of("t2", "t1")));

        assertThat(read.id()).isEqualTo("m1");
        assertThat(read.touchpoints()).containsExactlyElementsOf(map().touchpoints().subList(0, 2));
        assertThat(read.stages()).extracting(Stage::name).containsExactly("Before");
        assertThat(read.lanes()).extracting(Lane::name).containsExactly("Web", "Store");
        assertThat(read.connections()).extracting(Connection::id).containsExactly("c1");
    }

    @Test
    void theTextUsesTheFileFormatsFieldNames() {
        String text = TouchpointClipboardCodec.write(map(), List.of("t1"));
        assertThat(text).contains("\"schemaVersion\"", "\"touchpoints\"", "\"stage\"", "\"importance\"");
    }

    @Test
    void textThatIsNotACopyIsRefusedWithALocation() {
        assertThatThrownBy(() -> TouchpointClipboardCodec.read("{\"touchpoints\": ["))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining("clipboard");
    }
}
