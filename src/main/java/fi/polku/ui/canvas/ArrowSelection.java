package fi.polku.ui.canvas;

/**
 * Shows a change of the selected arrow. The editor state keeps an arrow and the other selections apart;
 * the canvas also lets go of its keyboard-focused card, so that one thing at a time looks selected.
 */
final class ArrowSelection {
    private ArrowSelection() {
    }

    static void install(JourneyCanvas canvas) {
        canvas.state().selectedConnectionProperty().addListener((o, was, now) -> {
            if (now != null) {
                canvas.setFocusedCard(null);
            }
            canvas.requestRepaint();
        });
    }
}
