package fi.polku.ui.canvas;

import fi.polku.text.Localization;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The tooltip shown while the pointer rests on a card: title, scores and evidence. The tooltip is created on
 * the first hover, so that a window that is only looked at does not load it before its first frame.
 */
final class CardHoverTip {
    private final JourneyCanvas canvas;
    private Tooltip tip;
    private String shownId;
    private fi.polku.model.EvidenceLevel mark;

    CardHoverTip(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    private Tooltip tip() {
        if (tip == null) {
            tip = new Tooltip();
            tip.setShowDelay(Duration.millis(600));
            tip.setWrapText(true);
            tip.setMaxWidth(380);
        }
        return tip;
    }

    /** Points the tooltip at a card, or removes it when {@code touchpointId} is null. */
    void hover(String touchpointId) {
        if (java.util.Objects.equals(touchpointId, shownId)) {
            return;
        }
        shownId = touchpointId;
        mark = null;
        if (touchpointId == null) {
            if (tip != null) {
                tip.hide();
                Tooltip.uninstall(canvas.surface(), tip);
            }
            return;
        }
        canvas.getMap().touchpoint(touchpointId).ifPresent(tp -> {
            tip().setText(CardTooltipText.of(tp, canvas.getMap()));
            Tooltip.install(canvas.surface(), tip);
        });
    }

    /** Names the evidence level while the pointer is on a card's evidence mark; null goes back to the card. */
    void overMark(fi.polku.model.EvidenceLevel level) {
        if (shownId == null || level == mark) {
            return;
        }
        mark = level;
        canvas.getMap().touchpoint(shownId).ifPresent(tp -> tip().setText(level != null
                ? CanvasLegend.evidenceText(level, Localization.ui()) : CardTooltipText.of(tp, canvas.getMap())));
    }

    /** The text shown, or null before the first hover. */
    String text() {
        return tip == null ? null : tip.getText();
    }
}
