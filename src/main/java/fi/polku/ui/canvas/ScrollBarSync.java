package fi.polku.ui.canvas;

import javafx.scene.control.ScrollBar;

/** Sets the canvas's scroll bars from its viewport: range, thumb size, position and step sizes. */
final class ScrollBarSync {
    private ScrollBarSync() {
    }

    static void apply(CanvasViewport viewport, ScrollBar hBar, ScrollBar vBar) {
        double visW = viewport.viewWidth() / viewport.zoom();
        double visH = viewport.viewHeight() / viewport.zoom();
        hBar.setMin(viewport.minOffsetX());
        hBar.setMax(viewport.maxOffsetX());
        hBar.setVisibleAmount(visW);
        hBar.setValue(viewport.offsetX());
        hBar.setUnitIncrement(40 / viewport.zoom());
        hBar.setBlockIncrement(visW * 0.9);
        vBar.setMin(viewport.minOffsetY());
        vBar.setMax(viewport.maxOffsetY());
        vBar.setVisibleAmount(visH);
        vBar.setValue(viewport.offsetY());
        vBar.setUnitIncrement(40 / viewport.zoom());
        vBar.setBlockIncrement(visH * 0.9);
    }
}
