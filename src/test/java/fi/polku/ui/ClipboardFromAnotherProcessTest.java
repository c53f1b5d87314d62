package fi.polku.ui;

import fi.polku.io.TouchpointClipboardCodec;
import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.ui.canvas.CanvasProbe;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paste of cards that another running Polku put on the clipboard: the window sees only what the OS
 * clipboard holds, the bytes under the touchpoint MIME type, set here through the JavaFX clipboard.
 */
@ExtendWith(ApplicationExtension.class)
class ClipboardFromAnotherProcessTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private CanvasProbe probe;

    @Start
    void start(javafx.stage.Stage stage) {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
        probe = new CanvasProbe(window.canvas());
    }

    /** The map open in the other process: a "Purchase" stage and "Web" lane by other ids, and one more stage. */
    private static JourneyMap otherMap() {
        return JourneyMap.empty("other-map", "Webshop")
                .withStages(List.of(new Stage("x1", "Purchase"), new Stage("x2", "Onboarding")))
                .withLanes(List.of(Lane.channel("y1", "Web", ChannelType.WEB)))
                .withTouchpoints(List.of(Touchpoint.create("a1", "Pay by card", "x1", "y1").withImportance(4.0),
                        Touchpoint.create("a2", "Welcome mail", "x2", "y1")));
    }

    private static String excerptText() {
        return TouchpointClipboardCodec.write(otherMap(), List.of("a1", "a2"));
    }

    private void putOnClipboard(FxRobot robot, ByteBuffer bytes) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.put(TouchpointClipboard.FORMAT, bytes);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void pasteInto(FxRobot robot, String stageId, String laneId) {
        robot.clickOn(probe.emptyPartOf(stageId, laneId));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Touchpoint titled(String title) {
        return window.document().current().touchpoints().stream().filter(t -> t.title().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + title));
    }

    @Test
    void jsonBytesUnderTheMimeTypePasteIntoCellsOfTheSameNameAndUndoInOneStep(FxRobot robot) {
        putOnClipboard(robot, ByteBuffer.wrap(excerptText().getBytes(StandardCharsets.UTF_8)));

        pasteInto(robot, "s3", "l3");

        assertThat(titled("Pay by card").stageId()).isEqualTo("s2");
        assertThat(titled("Pay by card").laneId()).isEqualTo("l1");
        assertThat(titled("Pay by card").importance()).isEqualTo(4.0);
        // No stage "Onboarding" here: that card goes to the cell pasted into.
        assertThat(titled("Welcome mail").stageId()).isEqualTo("s3");
        assertThat(titled("Welcome mail").laneId()).isEqualTo("l3");
        assertThat(window.state().selection()).hasSize(2);
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Paste 2 touchpoints");

        // The bytes stay on the clipboard: a second paste reads them again.
        pasteInto(robot, "s1", "l3");
        assertThat(window.document().current().touchpoints()).hasSize(8);

        // Each undo is handled before the next key, as a person's two presses are: one full-suite run on two
        // cores undid only once after two presses sent back to back.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // Named in a failure, to tell a lost key press from a step other than the first paste.
        String second = WindowTestSupport.menuItem(robot, "undo").getText();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current()).as("after pressing Ctrl+Z at “%s”", second)
                .isEqualTo(TestMaps.storeBus());
    }

    @Test
    void aJavaSerializedStringAsAnOlderPolkuPutItAlsoPastes(FxRobot robot) throws IOException {
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(serialized)) {
            out.writeObject(excerptText());
        }
        putOnClipboard(robot, ByteBuffer.wrap(serialized.toByteArray()));

        pasteInto(robot, "s1", "l3");

        assertThat(titled("Pay by card").stageId()).isEqualTo("s2");
        assertThat(titled("Welcome mail").stageId()).isEqualTo("s1");
    }

    @Test
    void copyPutsPlainJsonBytesAnotherProgramCanReadAndTheTitlesAsText(FxRobot robot) {
        robot.clickOn(probe.centreOf("t1"));
        robot.press(KeyCode.CONTROL).clickOn(probe.centreOf("t3")).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<Object> bytes = new AtomicReference<>();
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            bytes.set(Clipboard.getSystemClipboard().getContent(TouchpointClipboard.FORMAT));
            text.set(Clipboard.getSystemClipboard().getString());
        });
        assertThat(bytes.get()).isInstanceOf(ByteBuffer.class);
        ByteBuffer raw = ((ByteBuffer) bytes.get()).duplicate();
        byte[] array = new byte[raw.remaining()];
        raw.get(array);
        String json = new String(array, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{");
        JourneyMap excerpt = assertDoesNotThrowRead(json);
        assertThat(excerpt.touchpoints()).extracting(Touchpoint::title)
                .containsExactly("Bus ride to the store", "Checkout");
        assertThat(text.get()).isEqualTo("Bus ride to the store\nCheckout");
    }

    private static JourneyMap assertDoesNotThrowRead(String json) {
        try {
            return TouchpointClipboardCodec.read(json);
        } catch (fi.polku.io.MapFileException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }
}
