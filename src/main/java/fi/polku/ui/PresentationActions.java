package fi.polku.ui;

import fi.polku.edit.SetPresentation;
import fi.polku.model.JourneyMap;
import fi.polku.model.Presentation;
import fi.polku.render.present.SlideList;
import fi.polku.ui.present.PresentationWindow;
import fi.polku.ui.present.SlideChooser;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

import java.util.List;

/**
 * View → Present (F5) and View → Choose Slides…: starts the presentation of the window's map on the
 * window's screen and keeps the presenter's choice of slides.
 */
final class PresentationActions {
    private final MainWindow window;
    private PresentationWindow presentation;

    PresentationActions(MainWindow window) {
        this.window = window;
    }

    /** The two actions, in the order the View menu lists them. */
    List<UiAction> actions() {
        return List.of(
                new UiAction("present", new KeyCodeCombination(KeyCode.F5), MaterialDesignP.PRESENTATION_PLAY,
                        this::present),
                new UiAction("chooseSlides", null, MaterialDesignV.VIEW_LIST_OUTLINE,
                        () -> chooseSlides(window.stage())));
    }

    /** The presentation on the screen, or null. */
    PresentationWindow presentation() {
        return presentation;
    }

    private void present() {
        if (presentation != null) {
            return;
        }
        JourneyMap map = window.document().current();
        presentation = new PresentationWindow(window.stage(), map, window.canvas().themeProperty().get(),
                SlideList.shown(map, hidden()), () -> chooseSlides(presentation.stage()), this::ended);
        presentation.compared(window.state().compare().shown());
        presentation.show();
    }

    private void ended() {
        presentation = null;
        // The editor is as it was left: the canvas keeps its zoom, scroll and the selection of the document.
        window.stage().requestFocus();
        window.canvas().requestFocus();
    }

    /** The checklist; a change becomes one undo step and reaches a running presentation at once. */
    private void chooseSlides(Window owner) {
        JourneyMap map = window.document().current();
        SlideChooser.ask(owner, map, hidden()).ifPresent(chosen -> {
            setHidden(SlideList.known(map, chosen));
            if (presentation != null) {
                presentation.setSlides(SlideList.shown(window.document().current(), hidden()));
            }
        });
    }

    /** The ids of the slides the map leaves out. */
    private List<String> hidden() {
        return window.document().current().presentation().hiddenSlides();
    }

    /** Saves the choice with the map, as one undo step; ids of slides the map no longer has are dropped. */
    private void setHidden(List<String> ids) {
        window.editor().execute(new SetPresentation(new Presentation(ids)));
    }
}
