package fi.polku.ui;

import fi.polku.edit.CardLines;
import fi.polku.io.MapFileException;
import fi.polku.io.TouchpointClipboardCodec;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.ui.state.CellRef;
import fi.polku.ui.canvas.JourneyCanvas;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cut, copy, paste and duplicate of touchpoints through the system clipboard, so that cards move between
 * maps, windows and running copies of Polku; other programs get the titles as plain text.
 *
 * <p>The cards travel as UTF-8 JSON bytes under the MIME type {@value #MIME}. Bytes, not a String: JavaFX
 * would put a String of a custom format on the OS clipboard as a Java-serialized object, which only a
 * Java program can read and which the reader must deserialize.
 */
final class TouchpointClipboard {
    static final String MIME = "application/x-polku-touchpoints";
    /** The clipboard format of copied touchpoints: a map-file excerpt (see {@link TouchpointClipboardCodec}). */
    static final DataFormat FORMAT = formatNamed(MIME);

    private final MainWindow window;

    TouchpointClipboard(MainWindow window) {
        this.window = window;
    }

    private static DataFormat formatNamed(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }

    /** Puts the selected touchpoints on the clipboard; false when nothing is selected. */
    boolean copy() {
        List<String> ids = selectionInMapOrder();
        if (ids.isEmpty()) {
            return false;
        }
        JourneyMap map = window.document().current();
        ClipboardContent content = new ClipboardContent();
        byte[] json = TouchpointClipboardCodec.write(map, ids).getBytes(StandardCharsets.UTF_8);
        content.put(FORMAT, ByteBuffer.wrap(json));
        Set<String> wanted = Set.copyOf(ids);
        content.putString(map.touchpoints().stream().filter(t -> wanted.contains(t.id()))
                .map(Touchpoint::title).collect(Collectors.joining("\n")));
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }

    void cut() {
        List<String> ids = selectionInMapOrder();
        if (copy()) {
            window.editor().cutTouchpoints(ids);
        }
    }

    /** Whether the clipboard holds touchpoints (from this or another Polku). */
    static boolean hasTouchpoints() {
        return Clipboard.getSystemClipboard().hasContent(FORMAT);
    }

    /**
     * Pastes the clipboard's touchpoints and selects them. Within the map they came from they go to the
     * current cell; in another map each goes to the stage and lane of the same names, else the current cell.
     * Plain text from another program becomes cards in the current cell, one per line.
     */
    void paste() {
        String text = clipboardText(Clipboard.getSystemClipboard().getContent(FORMAT));
        if (text == null) {
            pasteLines();
            return;
        }
        JourneyMap excerpt;
        try {
            excerpt = TouchpointClipboardCodec.read(text);
        } catch (MapFileException e) {
            window.dialogs().showError(Messages.get("action.paste"),
                    Messages.format("clipboard.unreadable", e.problems().getFirst()), null);
            return;
        }
        JourneyMap map = window.document().current();
        JourneyCanvas canvas = window.canvas();
        CellRef target = window.state().currentCellProperty().get();
        if (target == null && (map.stages().isEmpty() || map.lanes().isEmpty())) {
            return;
        }
        String stageId = target != null ? target.stageId() : map.stages().getFirst().id();
        String laneId = target != null ? target.laneId() : map.lanes().getFirst().id();
        boolean sameMap = excerpt.id().equals(map.id());
        List<Touchpoint> cards = sameMap ? excerpt.touchpoints() : inCellsOfSameName(excerpt, map);
        List<String> pasted = window.editor().pasteTouchpoints(cards, excerpt.connections(), stageId, laneId,
                !sameMap || target == null);
        window.state().clearSelection();
        window.state().selection().addAll(pasted);
    }

    /** Whether the clipboard holds plain text with at least one line that would make a card. */
    static boolean hasLines() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return !clipboard.hasContent(FORMAT) && clipboard.hasString()
                && !CardLines.titles(clipboard.getString()).isEmpty();
    }

    /**
     * Plain text (a sticky-note transcription, a list from an e-mail) pasted into the current cell: one
     * card per non-blank line, as one undo step, and the new cards selected. Without a current cell,
     * nothing: the text has no place that the user chose.
     */
    private void pasteLines() {
        CellRef target = window.state().currentCellProperty().get();
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (target == null || !clipboard.hasString()) {
            return;
        }
        List<String> titles = CardLines.titles(clipboard.getString());
        if (!titles.isEmpty()) {
            window.state().selectCards(window.editor().addTouchpoints(target.stageId(), target.laneId(), titles));
        }
    }

    /**
     * The excerpt's text from what the clipboard holds: bytes from this or another program (decoded as
     * UTF-8; duplicated so that a second paste reads them again), or a String that JavaFX deserialized
     * from an older Polku that put one.
     */
    static String clipboardText(Object content) {
        if (content instanceof ByteBuffer bytes) {
            return StandardCharsets.UTF_8.decode(bytes.duplicate().rewind()).toString();
        }
        return content == null ? null : content.toString();
    }

    /** Copies the selected touchpoints next to themselves and selects the copies. */
    void duplicate() {
        List<String> ids = selectionInMapOrder();
        if (ids.isEmpty()) {
            return;
        }
        List<String> copies = window.editor().duplicateTouchpoints(ids);
        window.state().clearSelection();
        window.state().selection().addAll(copies);
    }

    /**
     * The cards with their cells changed to this map's stage and lane of the same name; a card whose
     * stage or lane has no namesake gets no cell ("") and so lands in the paste's target cell.
     */
    static List<Touchpoint> inCellsOfSameName(JourneyMap excerpt, JourneyMap map) {
        List<Touchpoint> out = new ArrayList<>();
        for (Touchpoint t : excerpt.touchpoints()) {
            String stage = excerpt.stage(t.stageId()).map(Stage::name)
                    .flatMap(name -> map.stages().stream().filter(s -> s.name().equals(name)).findFirst())
                    .map(Stage::id).orElse(null);
            String lane = excerpt.lane(t.laneId()).map(Lane::name)
                    .flatMap(name -> map.lanes().stream().filter(l -> l.name().equals(name)).findFirst())
                    .map(Lane::id).orElse(null);
            out.add(stage == null || lane == null ? t.withCell("", "") : t.withCell(stage, lane));
        }
        return out;
    }

    /** The selected touchpoints in the order of the map, which is their reading order in each cell. */
    List<String> selectionInMapOrder() {
        Collection<String> selected = window.state().selection();
        return window.document().current().touchpoints().stream().map(Touchpoint::id)
                .filter(selected::contains).toList();
    }
}
