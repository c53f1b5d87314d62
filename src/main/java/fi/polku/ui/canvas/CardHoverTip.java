package fi.polku.ui.canvas;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The tooltip shown while the pointer rests on a card: title, scores and evidence. */
final class CardHoverTip {
    private final JourneyCanvas canvas;
    private final Tooltip tip = new Tooltip();
    private String shownId;

    CardHoverTip(JourneyCanvas canvas) {
        this.canvas = canvas;
        tip.setShowDelay(Duration.millis(600));
        tip.setWrapText(true);
        tip.setMaxWidth(380);
    }

    /** Points the tooltip at a card, or removes it when {@code touchpointId} is null. */
    void hover(String touchpointId) {
        if (java.util.Objects.equals(touchpointId, shownId)) {
            return;
        }
        shownId = touchpointId;
        if (touchpointId == null) {
            tip.hide();
            Tooltip.uninstall(canvas.surface(), tip);
            return;
        }
        canvas.getMap().touchpoint(touchpointId).ifPresent(tp -> {
            tip.setText(CardTooltipText.of(tp, canvas.getMap()));
            Tooltip.install(canvas.surface(), tip);
        });
    }

    String text() {
        return tip.getText();
    }
}
